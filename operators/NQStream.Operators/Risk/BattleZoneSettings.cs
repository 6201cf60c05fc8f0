namespace NQStream.Operators.Risk;

/// <summary>Battle-zone parameters (algorithms.md §7.4, <c>operators.battle_zones</c>).</summary>
public sealed record BattleZoneSettings
{
    /// <summary>Strike band |K − F|/F (0.02).</summary>
    public double Band { get; init; } = 0.02;

    /// <summary>Top fraction of OI per side, or of |GEX|, that qualifies a strike (0.10: the top decile).</summary>
    public double OiTopFraction { get; init; } = 0.10;

    /// <summary>Percentile of |FE| over the band a strike's flow must reach (0.80).</summary>
    public double FlowPercentile { get; init; } = 0.80;

    /// <summary>Floor on |FE| in futures equivalents (100).</summary>
    public double FlowMinFe { get; init; } = 100;

    /// <summary>Qualifying strikes at most this many points apart merge (20).</summary>
    public double MergeGapPts { get; init; } = 20;
}
