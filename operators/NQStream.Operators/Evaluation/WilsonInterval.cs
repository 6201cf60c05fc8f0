using NQStream.Operators.Numerics;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Wilson (1927) score interval of a binomial proportion (docs/algorithms.md §6.1):
/// bounds = [p̂ + z²/(2n) ∓ z·√(p̂(1−p̂)/n + z²/(4n²))] / (1 + z²/n).
/// </summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct WilsonInterval(double Lower, double Upper)
{
    /// <summary>Interval for k successes in n trials at a two-sided confidence level; null when n = 0.</summary>
    /// <param name="successes">k, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n ≥ 0.</param>
    /// <param name="confidence">Confidence level, e.g. 0.95 (z = 1.959964).</param>
    public static WilsonInterval? Compute(long successes, long trials, double confidence) =>
        ComputeWithZ(successes, trials, NormalQuantile.TwoSided(confidence));

    /// <summary>Interval for k successes in n trials with an explicit critical value z; null when n = 0.</summary>
    /// <param name="successes">k, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n ≥ 0.</param>
    /// <param name="z">Critical value (&gt; 0).</param>
    public static WilsonInterval? ComputeWithZ(long successes, long trials, double z)
    {
        if (trials < 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"need 0 ≤ successes ≤ trials (got {successes} of {trials})");
        }

        if (trials == 0)
        {
            return null;
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var center = p + (z2 / (2 * n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var den = 1 + (z2 / n);
        return new WilsonInterval(Math.Max(0, (center - half) / den), Math.Min(1, (center + half) / den));
    }
}
