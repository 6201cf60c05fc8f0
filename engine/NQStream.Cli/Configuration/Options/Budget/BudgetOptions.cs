using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Budget;

/// <summary>Metered data-cost limits (<c>budget</c>; test plan: $150–200 per month).</summary>
public sealed class BudgetOptions : IOptionsRules
{
    /// <summary>Monthly data-cost limit in USD.</summary>
    [Range(0.0, 1e6)]
    public double MonthlyLimitUsd { get; init; } = 200;

    /// <summary>Daily data-cost limit in USD.</summary>
    [Range(0.0, 1e6)]
    public double DailyLimitUsd { get; init; } = 10;

    /// <summary>Fraction of a limit at which a warning is raised.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double WarnFraction { get; init; } = 0.8;

    /// <summary>Whether metered sources are stopped when a limit is reached.</summary>
    public bool ShutOff { get; init; } = true;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (DailyLimitUsd > MonthlyLimitUsd)
        {
            violations.Add(new("daily_limit_usd", RuleText.Got(DailyLimitUsd) + ", above monthly_limit_usd " + RuleText.Num(MonthlyLimitUsd), "daily_limit_usd <= monthly_limit_usd"));
        }
    }
}
