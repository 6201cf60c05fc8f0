namespace NQStream.Market.Compression;

/// <summary>A zstd stream is corrupt or truncated, or libzstd failed.</summary>
public sealed class ZstdException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ZstdException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ZstdException() { }

    /// <summary>Creates the exception.</summary>
    public ZstdException(string message, Exception inner) : base(message, inner) { }
}
