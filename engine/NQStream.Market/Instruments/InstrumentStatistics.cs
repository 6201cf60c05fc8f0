using NQStream.Market.Dbn;

namespace NQStream.Market.Instruments;

/// <summary>
/// Daily statistics of one instrument (docs/algorithms.md §2.6): open interest, settlement and cleared volume, each
/// with the trade date (<c>ts_ref</c>) it refers to. Raw values; null-like sentinels are UNDEF as in DBN.
/// </summary>
public readonly record struct InstrumentStatistics
{
    /// <summary>Open interest in contracts; null when none is known (<c>OI_MISSING</c>).</summary>
    public long? OpenInterest { get; init; }

    /// <summary><c>ts_ref</c> of the open interest (trade date it refers to, ns); <see cref="DbnConstants.UndefTimestamp"/> when unknown.</summary>
    public ulong OpenInterestRefNs { get; init; }

    /// <summary>Settlement price, 1e-9 fixed point; <see cref="DbnConstants.UndefPrice"/> when none.</summary>
    public long SettlementRaw { get; init; }

    /// <summary>Settlement in points; null when none.</summary>
    public double? Settlement => FixedPoint.ToPoints(SettlementRaw);

    /// <summary><c>stat_flags</c> of the settlement (CME SettlPriceType bits).</summary>
    public byte SettlementFlags { get; init; }

    /// <summary>True final, false preliminary, null when there is no settlement or its flags are null.</summary>
    public bool? SettlementIsFinal => SettlementRaw == DbnConstants.UndefPrice || (SettlementFlags & StatType.SettlementFlagsNull) != 0
        ? null
        : (SettlementFlags & StatType.SettlementFinal) != 0;

    /// <summary><c>ts_ref</c> of the settlement (its trade date, ns).</summary>
    public ulong SettlementRefNs { get; init; }

    /// <summary>Cleared volume in contracts; null when none.</summary>
    public long? ClearedVolume { get; init; }

    /// <summary><c>ts_event</c> of the last statistic applied.</summary>
    public ulong TsEvent { get; init; }

    /// <summary>No statistics yet.</summary>
    public static InstrumentStatistics Empty { get; } = new()
    {
        OpenInterestRefNs = DbnConstants.UndefTimestamp,
        SettlementRaw = DbnConstants.UndefPrice,
        SettlementRefNs = DbnConstants.UndefTimestamp,
    };

    /// <summary>The UTC calendar date of a <c>ts_ref</c> (Databento stamps trade dates at midnight UTC); null when UNDEF.</summary>
    public static DateOnly? TradeDateOfRef(ulong tsRef) =>
        tsRef == DbnConstants.UndefTimestamp || tsRef > long.MaxValue
            ? null
            : DateOnly.FromDateTime(DateTime.UnixEpoch.AddTicks((long)(tsRef / 100)));
}
