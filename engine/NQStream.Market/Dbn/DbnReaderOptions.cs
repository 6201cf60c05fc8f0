namespace NQStream.Market.Dbn;

/// <summary>How a <see cref="DbnReader"/> treats its input.</summary>
public sealed record DbnReaderOptions
{
    /// <summary>Default options: upgrade to v3, expect a DBN header, error on unknown record types.</summary>
    public static DbnReaderOptions Default { get; } = new();

    /// <summary>Convert v1/v2 records into the v3 in-memory form (the default, as the official decoders do).</summary>
    public bool Upgrade { get; init; } = true;

    /// <summary>The input is a fragment (records without prelude/metadata); only when asked for explicitly.</summary>
    public bool Fragment { get; init; }

    /// <summary>DBN version of a fragment's records (a fragment does not say).</summary>
    public byte FragmentVersion { get; init; } = DbnConstants.CurrentVersion;

    /// <summary>Whether a fragment's records carry <c>ts_out</c>.</summary>
    public bool FragmentTsOut { get; init; }

    /// <summary>
    /// Yield records of unknown rtype (with a null layout) instead of failing. Live clients and quality
    /// checks skip or count them; strict readers (dump) fail with the offset.
    /// </summary>
    public bool AllowUnknownRTypes { get; init; }

    /// <summary>Read buffer size in bytes.</summary>
    public int BufferSize { get; init; } = 1 << 20;
}
