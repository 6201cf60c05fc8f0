using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Feature weights M1–M6 of the maker score (§5.7, <c>operators.mm_score.maker_weights</c>); they sum to 1.</summary>
public sealed class MakerWeightsOptions : IOptionsRules
{
    /// <summary>M1 lifetime.</summary>
    [Range(0.0, 1.0)]
    public double Lifetime { get; init; } = 0.25;

    /// <summary>M2 churn.</summary>
    [Range(0.0, 1.0)]
    public double Churn { get; init; } = 0.20;

    /// <summary>M3 one-sided.</summary>
    [Range(0.0, 1.0)]
    public double OneSided { get; init; } = 0.20;

    /// <summary>M4 outside a quote wave.</summary>
    [Range(0.0, 1.0)]
    public double OutsideQuoteWave { get; init; } = 0.15;

    /// <summary>M5 size.</summary>
    [Range(0.0, 1.0)]
    public double Size { get; init; } = 0.10;

    /// <summary>M6 iceberg.</summary>
    [Range(0.0, 1.0)]
    public double Iceberg { get; init; } = 0.10;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations) =>
        RuleText.CheckWeightSum(violations, Lifetime + Churn + OneSided + OutsideQuoteWave + Size + Iceberg);
}
