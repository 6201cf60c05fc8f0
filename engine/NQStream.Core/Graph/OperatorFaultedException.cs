namespace NQStream.Core.Graph;

/// <summary>The graph halted because an operator threw and its fault policy was <c>Halt</c>.</summary>
public sealed class OperatorFaultedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OperatorFaultedException()
        : base("an operator faulted")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public OperatorFaultedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the operator's exception.</summary>
    public OperatorFaultedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="operatorName"/>.</summary>
    public OperatorFaultedException(string operatorName, long sequence, Exception innerException)
        : base($"operator '{operatorName}' halted the graph at sequence {sequence}: {innerException?.Message}", innerException)
    {
        OperatorName = operatorName;
        Sequence = sequence;
    }

    /// <summary>The operator that faulted.</summary>
    public string? OperatorName { get; }

    /// <summary>The sequence of the event it faulted on.</summary>
    public long Sequence { get; }
}
