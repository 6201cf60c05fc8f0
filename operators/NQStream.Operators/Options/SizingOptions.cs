using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Position sizing (§6.2, <c>operators.sizing</c>): size = min(max_position, floor(risk_budget_usd / (stop · 20))).</summary>
public sealed class SizingOptions
{
    /// <summary>Risk budget per decision in USD.</summary>
    [Range(0.0, 1e9, MinimumIsExclusive = true)]
    public double RiskBudgetUsd { get; init; } = 3000;

    /// <summary>Largest position in contracts.</summary>
    [Range(1, 10000)]
    public int MaxPosition { get; init; } = 10;
}
