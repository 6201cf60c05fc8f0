using NQStream.Market.Chain;

namespace NQStream.Operators.Legacy;

/// <summary>
/// Parameters of the earlier system's positioning risk ("who has more skin in the game", algorithms.md §10,
/// <c>operators.positioning_risk</c>): distance bands 10 / 25 / 50 pts with weights 3 / 2 / 1 and 0.5 beyond;
/// call/put risk ratio &gt; 2 upward, &lt; 0.5 downward; the top 5 zones.
/// </summary>
public sealed record PositioningRiskSettings
{
    /// <summary>IMMEDIATE band: distance ≤ this many points.</summary>
    public double ImmediatePts { get; init; } = 10;

    /// <summary>NEAR_TERM band: distance ≤ this many points.</summary>
    public double NearTermPts { get; init; } = 25;

    /// <summary>MEDIUM_TERM band: distance ≤ this many points; DISTANT beyond.</summary>
    public double MediumTermPts { get; init; } = 50;

    /// <summary>Danger weight of the IMMEDIATE band.</summary>
    public double ImmediateWeight { get; init; } = 3;

    /// <summary>Danger weight of the NEAR_TERM band.</summary>
    public double NearTermWeight { get; init; } = 2;

    /// <summary>Danger weight of the MEDIUM_TERM band.</summary>
    public double MediumTermWeight { get; init; } = 1;

    /// <summary>Danger weight of the DISTANT band.</summary>
    public double DistantWeight { get; init; } = 0.5;

    /// <summary>Call/put risk ratio above which the bias is UPWARD.</summary>
    public double UpwardRatio { get; init; } = 2;

    /// <summary>Call/put risk ratio below which the bias is DOWNWARD.</summary>
    public double DownwardRatio { get; init; } = 0.5;

    /// <summary>Zones reported, highest danger first.</summary>
    public int TopZones { get; init; } = 5;

    /// <summary>Contract multiplier M.</summary>
    public double Multiplier { get; init; } = NqContract.Multiplier;
}
