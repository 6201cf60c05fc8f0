using NQStream.Market.Chain;

namespace NQStream.Operators.Legacy;

/// <summary>
/// Parameters of the earlier system's "dead-simple" volume/OI spike (algorithms.md §10, <c>operators.volume_oi_spike</c>):
/// vol/OI ≥ 10 and volume ≥ 500 and session dollar size ≥ $100k; classes MODERATE ≥ 10, HIGH ≥ 20, VERY_HIGH ≥ 30,
/// EXTREME ≥ 50; the 2 % distance flag of §5.2.
/// </summary>
public sealed record SpikeSettings
{
    /// <summary>MODERATE (and the admission threshold) at vol/OI ≥ this.</summary>
    public double ModerateRatio { get; init; } = 10;

    /// <summary>HIGH at vol/OI ≥ this.</summary>
    public double HighRatio { get; init; } = 20;

    /// <summary>VERY_HIGH at vol/OI ≥ this.</summary>
    public double VeryHighRatio { get; init; } = 30;

    /// <summary>EXTREME at vol/OI ≥ this.</summary>
    public double ExtremeRatio { get; init; } = 50;

    /// <summary>Smallest session volume (contracts).</summary>
    public long MinVolume { get; init; } = 500;

    /// <summary>Smallest session dollar size volume × last × M ($).</summary>
    public double MinDollarSize { get; init; } = 100_000;

    /// <summary>The distance flag: |K − S|/S ≤ this (0.02).</summary>
    public double MaxDistance { get; init; } = 0.02;

    /// <summary>Contract multiplier M.</summary>
    public double Multiplier { get; init; } = NqContract.Multiplier;
}
