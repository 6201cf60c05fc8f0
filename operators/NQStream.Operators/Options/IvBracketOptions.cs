using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Implied-volatility search bracket (§3, <c>operators.black76.iv_bracket</c>).</summary>
public sealed class IvBracketOptions : IOptionsRules
{
    /// <summary>Lowest volatility searched.</summary>
    [Range(0.0, 100.0, MinimumIsExclusive = true)]
    public double Low { get; init; } = 1e-4;

    /// <summary>Highest volatility searched.</summary>
    [Range(0.0, 100.0, MinimumIsExclusive = true)]
    public double High { get; init; } = 5.0;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (Low >= High)
        {
            violations.Add(new("low", RuleText.Got(Low) + ", not below high " + RuleText.Num(High), "low < high"));
        }
    }
}
