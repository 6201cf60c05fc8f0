using NQStream.Market.Chain;

namespace NQStream.Operators.Risk;

/// <summary>Positioning-bias parameters (algorithms.md §7.5 and the §5.1 size filter).</summary>
public sealed record BiasSettings
{
    /// <summary>|B| at or above which the label is BULLISH/BEARISH (0.2).</summary>
    public double LabelThreshold { get; init; } = 0.2;

    /// <summary>Rolling window length in ns (60 min).</summary>
    public long RollingWindowNs { get; init; } = 60L * 60 * 1_000_000_000;

    /// <summary>Smallest premium of one event counted as institutional, $ (100,000, §5.1).</summary>
    public double MinPremiumUsd { get; init; } = 100_000;

    /// <summary>Contract multiplier M.</summary>
    public double Multiplier { get; init; } = NqContract.Multiplier;
}
