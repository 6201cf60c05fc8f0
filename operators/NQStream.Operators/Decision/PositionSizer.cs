using NQStream.Operators.Options;

namespace NQStream.Operators.Decision;

/// <summary>Position size (§6.2): min(max_position, floor(risk_budget_usd / (stop · 20))); 0 means reject (<c>SIZE_ZERO</c>).</summary>
public static class PositionSizer
{
    /// <summary>Contracts for a stop.</summary>
    /// <param name="stop">Stop in index points; ≤ 0 gives 0.</param>
    /// <param name="options">Sizing options.</param>
    public static int Size(double stop, SizingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(stop > 0))
        {
            return 0;
        }

        var n = Math.Floor(options.RiskBudgetUsd / (stop * ExpectedValue.Multiplier));
        return n >= options.MaxPosition ? options.MaxPosition : (int)n;
    }
}
