namespace NQStream.Feeds.Simulation;

/// <summary>What one day's MBO file holds, counted while it is written (the summary's source).</summary>
internal sealed class MboCounters
{
    /// <summary>Records by action byte.</summary>
    public long[] ByAction { get; } = new long[256];

    /// <summary>Records by expiry class (futures first).</summary>
    public long[] ByExpiryClass { get; } = new long[4];

    public long Records { get; set; }

    public long FutureRecords { get; set; }

    public long CallRecords { get; set; }

    public long PutRecords { get; set; }

    public long VenueEvents { get; set; }

    public double OptionSpreadTicks { get; set; }

    public long OptionSpreadSamples { get; set; }

    public double FutureSpreadTicks { get; set; }

    public long FutureSpreadSamples { get; set; }

    public long OptionContracts { get; set; }

    public long FutureContracts { get; set; }
}
