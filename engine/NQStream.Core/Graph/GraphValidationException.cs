namespace NQStream.Core.Graph;

/// <summary>An operator graph that cannot run: a cycle, a missing input, a duplicate or reserved name.</summary>
public sealed class GraphValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphValidationException()
        : base("invalid operator graph")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GraphValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GraphValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
