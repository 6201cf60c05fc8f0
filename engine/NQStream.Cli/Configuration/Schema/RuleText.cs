using System.Globalization;

namespace NQStream.Cli.Configuration.Schema;

/// <summary>Shared wording for cross-key rules, so every rule reports numbers the same way.</summary>
internal static class RuleText
{
    private const double WeightSumTolerance = 1e-9;

    public static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

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
