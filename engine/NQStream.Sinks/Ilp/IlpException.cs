namespace NQStream.Sinks.Ilp;

/// <summary>An ILP row or configuration was rejected on the client side (bad name, bad value, buffer limit, bad option).</summary>
public sealed class IlpException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IlpException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IlpException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public IlpException(string message, Exception inner) : base(message, inner)
    {
    }
}
