using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>The earlier system's positioning risk and its battle-zone ranking (§10, <c>operators.positioning_risk</c>).</summary>
public sealed class PositioningRiskOptions : IOptionsRules
{
    /// <summary>IMMEDIATE band: within this many points of S.</summary>
    [Range(0.0, 100_000.0)]
    public double ImmediatePts { get; init; } = 10;

    /// <summary>NEAR_TERM band: within this many points.</summary>
    [Range(0.0, 100_000.0)]
    public double NearTermPts { get; init; } = 25;

    /// <summary>MEDIUM_TERM band: within this many points; DISTANT beyond.</summary>
    [Range(0.0, 100_000.0)]
    public double MediumTermPts { get; init; } = 50;

    /// <summary>Danger weight of the IMMEDIATE band.</summary>
    [Range(0.0, 1000.0)]
    public double ImmediateWeight { get; init; } = 3;

    /// <summary>Danger weight of the NEAR_TERM band.</summary>
    [Range(0.0, 1000.0)]
    public double NearTermWeight { get; init; } = 2;

    /// <summary>Danger weight of the MEDIUM_TERM band.</summary>
    [Range(0.0, 1000.0)]
    public double MediumTermWeight { get; init; } = 1;

    /// <summary>Danger weight of the DISTANT band.</summary>
    [Range(0.0, 1000.0)]
    public double DistantWeight { get; init; } = 0.5;

    /// <summary>Call/put risk ratio above which the bias is UPWARD.</summary>
    [Range(0.0, 1e6, MinimumIsExclusive = true)]
    public double UpwardRatio { get; init; } = 2;

    /// <summary>Call/put risk ratio below which the bias is DOWNWARD.</summary>
    [Range(0.0, 1e6, MinimumIsExclusive = true)]
    public double DownwardRatio { get; init; } = 0.5;

    /// <summary>Zones reported, highest danger first.</summary>
    [Range(1, 1000)]
    public int TopZones { get; init; } = 5;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (!(ImmediatePts <= NearTermPts && NearTermPts <= MediumTermPts))
        {
            violations.Add(new("near_term_pts", RuleText.Got(NearTermPts) + " with immediate_pts " + RuleText.Num(ImmediatePts) + " and medium_term_pts " + RuleText.Num(MediumTermPts), "immediate_pts <= near_term_pts <= medium_term_pts"));
        }

        if (DownwardRatio >= UpwardRatio)
        {
            violations.Add(new("downward_ratio", RuleText.Got(DownwardRatio) + ", not below upward_ratio " + RuleText.Num(UpwardRatio), "downward_ratio < upward_ratio"));
        }
    }
}
