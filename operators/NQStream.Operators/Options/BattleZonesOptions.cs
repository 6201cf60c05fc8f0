using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Battle zones (§7.4, <c>operators.battle_zones</c>).</summary>
public sealed class BattleZonesOptions
{
    /// <summary>Strike band around F as a fraction of F.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double Band { get; init; } = 0.02;

    /// <summary>Top fraction of OI (per side) that qualifies a strike.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double OiTopFraction { get; init; } = 0.10;

    /// <summary>Percentile of |FE| over the band that qualifies a strike's flow.</summary>
    [Range(0.0, 1.0)]
    public double FlowPercentile { get; init; } = 0.80;

    /// <summary>Smallest |FE| in futures equivalents that qualifies a strike's flow.</summary>
    [Range(0.0, 1e9)]
    public double FlowMinFe { get; init; } = 100;

    /// <summary>Qualifying strikes at most this many points apart merge into one zone.</summary>
    [Range(0.0, 10000.0)]
    public double MergeGapPts { get; init; } = 20;
}
