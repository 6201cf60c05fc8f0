namespace NQStream.Feeds.Replay;

/// <summary>What a replay read, emitted and skipped.</summary>
public sealed class ReplayCounters
{
    /// <summary>Records read from all files.</summary>
    public long RecordsRead { get; internal set; }

    /// <summary>Events emitted.</summary>
    public long EventsEmitted { get; internal set; }

    /// <summary>Records of types the engine does not consume (MBP, BBO, OHLCV, …), skipped and counted.</summary>
    public long SkippedRecords { get; internal set; }

    /// <summary>Records of unknown rtype, skipped by length and counted.</summary>
    public long UnknownRecords { get; internal set; }

    /// <summary>Bytes of (decompressed) input consumed.</summary>
    public long BytesRead { get; internal set; }
}
