namespace NQStream.Feeds.Simulation;

/// <summary>Counts and measured magnitudes of one simulated trade date.</summary>
public sealed record DaySummary
{
    /// <summary>Trade date.</summary>
    public required DateOnly TradeDate { get; init; }

    /// <summary>Futures defined (front and next).</summary>
    public required int Futures { get; init; }

    /// <summary>Options defined.</summary>
    public required int Options { get; init; }

    /// <summary>MBO records.</summary>
    public required long MboRecords { get; init; }

    /// <summary>Venue events (records sharing one F_LAST).</summary>
    public required long VenueEvents { get; init; }

    /// <summary>MBO records by action (A, C, M, T, F).</summary>
    public required IReadOnlyDictionary<char, long> ByAction { get; init; }

    /// <summary>MBO records by instrument class (F, C, P).</summary>
    public required IReadOnlyDictionary<char, long> ByInstrumentClass { get; init; }

    /// <summary>MBO records by expiry class (future, weekly, monthly, quarterly).</summary>
    public required IReadOnlyDictionary<ExpiryClass, long> ByExpiryClass { get; init; }

    /// <summary>Labels by kind.</summary>
    public required IReadOnlyDictionary<LabelKind, int> Labels { get; init; }

    /// <summary>Option contracts traded.</summary>
    public required long OptionContracts { get; init; }

    /// <summary>Futures contracts traded.</summary>
    public required long FutureContracts { get; init; }

    /// <summary>Mean option quote width in ticks over market-maker quote updates.</summary>
    public required double OptionSpreadTicks { get; init; }

    /// <summary>Mean futures quote width in ticks over market-maker quote updates.</summary>
    public required double FutureSpreadTicks { get; init; }

    /// <summary>Median MBO records per option instrument.</summary>
    public required double OptionRecordsMedian { get; init; }

    /// <summary>Mean MBO records per option instrument.</summary>
    public required double OptionRecordsMean { get; init; }

    /// <summary>Mean MBO records per future.</summary>
    public required double FutureRecordsMean { get; init; }

    /// <summary>Largest |X| (x100 delta, 5-minute window, per underlying) outside emergency windows.</summary>
    public required double MaxQuietDelta { get; init; }

    /// <summary>Front future at the open and at the close.</summary>
    public required double FrontOpen { get; init; }

    /// <summary>Front future at the close.</summary>
    public required double FrontClose { get; init; }
}
