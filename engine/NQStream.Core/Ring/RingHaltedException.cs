namespace NQStream.Core.Ring;

/// <summary>Thrown to a producer that waits for space in a ring whose graph has halted.</summary>
public sealed class RingHaltedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RingHaltedException()
        : base("the ring has halted: its consumers stopped, so no slot will be freed")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RingHaltedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RingHaltedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
