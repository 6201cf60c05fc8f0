using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Expected value and acceptance (§6.2, <c>operators.expected_value</c>); boundaries are inclusive.</summary>
public sealed class ExpectedValueOptions : IOptionsRules
{
    /// <summary>Smallest accepted EV in index points.</summary>
    [Range(0.0, 10000.0)]
    public double MinEv { get; init; } = 15;

    /// <summary>Smallest accepted hit probability.</summary>
    [Range(0.0, 1.0)]
    public double MinProbability { get; init; } = 0.60;

    /// <summary>Largest accepted stop in index points.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double MaxRisk { get; init; } = 150;

    /// <summary>Resolved outcomes needed before p is calibrated rather than the option-implied prior.</summary>
    [Range(1, 1_000_000)]
    public int MinCalibrationN { get; init; } = 30;

    /// <summary>Trailing trade dates of calibration outcomes.</summary>
    [Range(1, 5000)]
    public int CalibrationDays { get; init; } = 120;

    /// <summary>How the bracket is chosen.</summary>
    public BracketPolicy BracketPolicy { get; init; } = BracketPolicy.Fixed;

    /// <summary>The bracket of the fixed policy (40 / 20 / 60 min).</summary>
    public BracketOptions FixedBracket { get; init; } = new();

    /// <summary>Smallest target of the levels policy, in index points.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double LevelsMinTarget { get; init; } = 20;

    /// <summary>Points added beyond the opposing level for the stop of the levels policy.</summary>
    [Range(0.0, 10000.0)]
    public double LevelsStopBuffer { get; init; } = 5;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (FixedBracket.Stop > MaxRisk)
        {
            violations.Add(new("fixed_bracket.stop", RuleText.Got(FixedBracket.Stop) + ", above max_risk " + RuleText.Num(MaxRisk), "fixed_bracket.stop <= max_risk"));
        }
    }
}
