namespace NQStream.Market.Dbn;

/// <summary>Record flags (docs/dbn.md §5.1). Unknown bits are preserved, never rejected.</summary>
public static class Flags
{
    /// <summary>Last record of one venue event for this instrument.</summary>
    public const byte Last = 0x80;
    /// <summary>Top-of-book record.</summary>
    public const byte Tob = 0x40;
    /// <summary>From a snapshot or replay.</summary>
    public const byte Snapshot = 0x20;
    /// <summary>Aggregated price-level record.</summary>
    public const byte Mbp = 0x10;
    /// <summary><c>ts_recv</c> inaccurate.</summary>
    public const byte BadTsRecv = 0x08;
    /// <summary>Unrecoverable gap detected on the channel.</summary>
    public const byte MaybeBadBook = 0x04;
    /// <summary>Venue-specific meaning.</summary>
    public const byte PublisherSpecific = 0x02;
}
