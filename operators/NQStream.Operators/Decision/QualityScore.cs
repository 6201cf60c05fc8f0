using NQStream.Operators.Options;

namespace NQStream.Operators.Decision;

/// <summary>
/// Quality score (docs/algorithms.md §6.2): Q = Σ w_j·x_j with flow strength min(1, ln R / ln 50) (0 if R &lt; 1),
/// confidence 1 − q_value, EV min(1, EV / 50 pts) (0 if EV &lt; 0), reward/risk min(1, (target/stop) / 3) and
/// battle-zone alignment 1 / 0.5 / 0; quality_setup = accepted ∧ Q ≥ quality_min.
/// </summary>
public static class QualityScore
{
    /// <summary>Ratio at which flow strength reaches 1.</summary>
    public const double FullRatio = 50;

    /// <summary>EV in points at which the EV component reaches 1.</summary>
    public const double FullEvPoints = 50;

    /// <summary>Reward/risk at which that component reaches 1.</summary>
    public const double FullRewardRisk = 3;

    /// <summary>Computes Q.</summary>
    /// <param name="ratio">Volume ratio R (§5.4); null counts as 0.</param>
    /// <param name="qValue">BH q-value (§5.5).</param>
    /// <param name="evPoints">EV in points.</param>
    /// <param name="target">Target in points (&gt; 0).</param>
    /// <param name="stop">Stop in points (&gt; 0).</param>
    /// <param name="alignment">Battle-zone alignment.</param>
    /// <param name="accepted">Whether the EV decision accepted the bracket.</param>
    /// <param name="options">Quality options.</param>
    public static QualityResult Compute(double? ratio, double qValue, double evPoints, double target, double stop, ZoneAlignment alignment, bool accepted, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(target > 0) || !(stop > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(stop), $"target and stop must be > 0 (target={target}, stop={stop})");
        }

        var r = ratio ?? 0;
        double[] x =
        [
            r < 1 ? 0 : Math.Min(1, Math.Log(r) / Math.Log(FullRatio)),
            Math.Clamp(1 - qValue, 0, 1),
            evPoints < 0 ? 0 : Math.Min(1, evPoints / FullEvPoints),
            Math.Min(1, target / stop / FullRewardRisk),
            AlignmentX(alignment),
        ];
        var w = options.Weights;
        var q = (w.FlowStrength * x[0]) + (w.Confidence * x[1]) + (w.Ev * x[2]) + (w.RewardRisk * x[3]) + (w.ZoneAlignment * x[4]);
        return new QualityResult(q, x, accepted && q >= options.QualityMin);
    }

    /// <summary>The battle-zone alignment component x: 1 aligned, 0.5 no zone on the path, 0 opposed.</summary>
    /// <param name="alignment">The alignment.</param>
    public static double AlignmentX(ZoneAlignment alignment) => alignment switch
    {
        ZoneAlignment.Aligned => 1.0,
        ZoneAlignment.NoZone => 0.5,
        _ => 0.0,
    };
}
