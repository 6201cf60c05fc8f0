using System.Globalization;
using NQStream.Operators.Options;

namespace NQStream.Operators.Decision;

/// <summary>
/// EV and acceptance (docs/algorithms.md §6.2): EV = p·target − (1 − p)·stop; accept ⇔ EV ≥ min_ev ∧
/// p ≥ min_probability ∧ stop ≤ max_risk, boundaries inclusive. Reason codes: <c>EV_BELOW_MIN</c>,
/// <c>P_BELOW_MIN</c>, <c>STOP_ABOVE_MAX</c>, <c>NO_MARKET</c> (no p: F or IV missing and no calibration), and
/// <c>INVALID_BRACKET</c> for target ≤ 0 or stop ≤ 0 (the spec's "reject").
/// </summary>
public static class ExpectedValue
{
    /// <summary>USD per index point per contract (NQ multiplier).</summary>
    public const double Multiplier = 20;

    /// <summary>EV in points.</summary>
    /// <param name="p">Hit probability.</param>
    /// <param name="target">Target in points.</param>
    /// <param name="stop">Stop in points.</param>
    public static double Points(double p, double target, double stop) => (p * target) - ((1 - p) * stop);

    /// <summary>Smallest target that reaches min_ev at probability p and the given stop: (min_ev + (1 − p)·stop) / p.</summary>
    /// <param name="p">Hit probability (&gt; 0).</param>
    /// <param name="stop">Stop in points.</param>
    /// <param name="options">EV options.</param>
    public static double MinimumTarget(double p, double stop, ExpectedValueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p);
        return (options.MinEv + ((1 - p) * stop)) / p;
    }

    /// <summary>Evaluates one bracket.</summary>
    /// <param name="p">Hit probability in [0, 1]; null when neither calibration nor the prior is available.</param>
    /// <param name="target">Target in points.</param>
    /// <param name="stop">Stop in points.</param>
    /// <param name="options">EV options.</param>
    public static EvResult Evaluate(double? p, double target, double stop, ExpectedValueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reasons = new List<string>(3);
        if (!(target > 0) || !(stop > 0))
        {
            reasons.Add("INVALID_BRACKET: target=" + Num(target) + ", stop=" + Num(stop));
        }

        if (p is not double prob)
        {
            reasons.Add("NO_MARKET: p=null");
            return new EvResult(null, null, false, reasons);
        }

        if (!(prob >= 0 && prob <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), prob, "probability must be in [0, 1]");
        }

        var ev = Points(prob, target, stop);
        if (ev < options.MinEv)
        {
            reasons.Add("EV_BELOW_MIN: ev=" + Num(ev) + ", min=" + Num(options.MinEv));
        }

        if (prob < options.MinProbability)
        {
            reasons.Add("P_BELOW_MIN: p=" + Num(prob) + ", min=" + Num(options.MinProbability));
        }

        if (stop > options.MaxRisk)
        {
            reasons.Add("STOP_ABOVE_MAX: stop=" + Num(stop) + ", max=" + Num(options.MaxRisk));
        }

        return new EvResult(ev, ev * Multiplier, reasons.Count == 0, reasons);
    }

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
