using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Feature weights T1–T7 of the taker score (§5.7, <c>operators.mm_score.taker_weights</c>); they sum to 1.</summary>
public sealed class TakerWeightsOptions : IOptionsRules
{
    /// <summary>T1 premium.</summary>
    [Range(0.0, 1.0)]
    public double Premium { get; init; } = 0.40;

    /// <summary>T2 sweep depth.</summary>
    [Range(0.0, 1.0)]
    public double SweepDepth { get; init; } = 0.15;

    /// <summary>T3 book take.</summary>
    [Range(0.0, 1.0)]
    public double BookTake { get; init; } = 0.10;

    /// <summary>T4 package.</summary>
    [Range(0.0, 1.0)]
    public double Package { get; init; } = 0.10;

    /// <summary>T5 persistence (slicing).</summary>
    [Range(0.0, 1.0)]
    public double Persistence { get; init; } = 0.10;

    /// <summary>T6 one-sidedness.</summary>
    [Range(0.0, 1.0)]
    public double OneSidedness { get; init; } = 0.10;

    /// <summary>T7 outside a quote wave.</summary>
    [Range(0.0, 1.0)]
    public double OutsideQuoteWave { get; init; } = 0.05;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations) =>
        RuleText.CheckWeightSum(violations, Premium + SweepDepth + BookTake + Package + Persistence + OneSidedness + OutsideQuoteWave);
}
