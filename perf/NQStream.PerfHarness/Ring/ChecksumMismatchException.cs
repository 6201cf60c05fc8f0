namespace NQStream.PerfHarness.Ring;

/// <summary>A perf run whose consumers did not see exactly the values published: its number is void.</summary>
public sealed class ChecksumMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChecksumMismatchException()
        : base("checksum mismatch")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChecksumMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ChecksumMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
