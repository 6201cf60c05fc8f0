using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>The shared rule of four-class thresholds (MODERATE &lt; HIGH &lt; VERY_HIGH &lt; EXTREME).</summary>
internal static class ClassThresholdRules
{
    private const string Expected = "moderate < high < very_high < extreme";

    /// <summary>Reports each threshold that is not above the one before it.</summary>
    public static void CheckAscending(ICollection<RuleViolation> violations, double moderate, double high, double veryHigh, double extreme)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (high <= moderate)
        {
            violations.Add(new("high", RuleText.Got(high) + ", not above moderate " + RuleText.Num(moderate), Expected));
        }

        if (veryHigh <= high)
        {
            violations.Add(new("very_high", RuleText.Got(veryHigh) + ", not above high " + RuleText.Num(high), Expected));
        }

        if (extreme <= veryHigh)
        {
            violations.Add(new("extreme", RuleText.Got(extreme) + ", not above very_high " + RuleText.Num(veryHigh), Expected));
        }
    }
}
