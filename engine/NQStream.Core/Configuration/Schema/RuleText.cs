using System.Globalization;

namespace NQStream.Core.Configuration.Schema;

/// <summary>Shared wording for cross-key rules, so every rule reports numbers the same way.</summary>
public static class RuleText
{
    private const double WeightSumTolerance = 1e-9;

    /// <summary>A number in round-trip invariant form.</summary>
    public static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"got N" for a problem message.</summary>
    public static string Got(double value) => "got " + Num(value);

    /// <summary>Weights of a score must sum to 1 so the score stays in [0, 1].</summary>
    public static void CheckWeightSum(ICollection<RuleViolation> violations, double sum)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (Math.Abs(sum - 1.0) > WeightSumTolerance)
        {
            violations.Add(new(string.Empty, "weights sum to " + Math.Round(sum, 12).ToString("R", CultureInfo.InvariantCulture), "weights summing to 1"));
        }
    }
}
