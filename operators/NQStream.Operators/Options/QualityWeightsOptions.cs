using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Quality-score component weights (§6.2, <c>operators.quality.weights</c>); they sum to 1.</summary>
public sealed class QualityWeightsOptions : IOptionsRules
{
    /// <summary>Flow strength, min(1, ln R / ln 50).</summary>
    [Range(0.0, 1.0)]
    public double FlowStrength { get; init; } = 0.25;

    /// <summary>Confidence, 1 − q_value.</summary>
    [Range(0.0, 1.0)]
    public double Confidence { get; init; } = 0.20;

    /// <summary>Expected value, min(1, EV / 50 pts).</summary>
    [Range(0.0, 1.0)]
    public double Ev { get; init; } = 0.25;

    /// <summary>Reward/risk, min(1, (target/stop) / 3).</summary>
    [Range(0.0, 1.0)]
    public double RewardRisk { get; init; } = 0.15;

    /// <summary>Battle-zone alignment.</summary>
    [Range(0.0, 1.0)]
    public double ZoneAlignment { get; init; } = 0.15;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations) =>
        RuleText.CheckWeightSum(violations, FlowStrength + Confidence + Ev + RewardRisk + ZoneAlignment);
}
