using System.Globalization;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Decision;

/// <summary>
/// Turns a signal into a §6.2 decision: p from the calibration cell when it has enough outcomes, else the
/// option-implied prior (needs F and the ATM IV); EV acceptance (<see cref="ExpectedValue"/>); size
/// (<see cref="PositionSizer"/>, 0 → <c>SIZE_ZERO</c>); quality (<see cref="QualityScore"/>). F missing →
/// <c>NO_MARKET</c>.
/// </summary>
public static class Decider
{
    /// <summary>Decides one signal on one bracket.</summary>
    /// <param name="signal">The signal (direction, confidence = 1 − q).</param>
    /// <param name="target">Target in points.</param>
    /// <param name="stop">Stop in points.</param>
    /// <param name="horizon">Horizon.</param>
    /// <param name="calibration">Calibration cell of the signal's key for today.</param>
    /// <param name="futures">F, the underlying mid; null when missing or stale.</param>
    /// <param name="atmIv">ATM IV of the nearest expiry after the horizon; null when unknown.</param>
    /// <param name="ratio">Volume ratio R; null when none.</param>
    /// <param name="alignment">Battle-zone alignment of the path.</param>
    /// <param name="settings">Options.</param>
    public static TradeDecision Decide(Signal signal, double target, double stop, TimeSpan horizon, CalibrationCell calibration, double? futures, double? atmIv, double? ratio, ZoneAlignment alignment, DecisionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(settings);

        double? p = null;
        var source = ProbabilitySource.None;
        var reasons = new List<string>(4);
        if (futures is not double f)
        {
            reasons.Add("NO_MARKET: F=null");
        }
        else if (calibration.Probability is double calibrated)
        {
            p = calibrated;
            source = ProbabilitySource.Calibrated;
        }
        else if (atmIv is double iv && signal.Direction != SignalDirection.Neutral && target > 0 && (signal.Direction == SignalDirection.Bullish || target < f))
        {
            p = HitProbability.Prior(f, target, horizon, iv, signal.Direction);
            source = ProbabilitySource.Prior;
        }

        var ev = ExpectedValue.Evaluate(p, target, stop, settings.ExpectedValue);
        foreach (var r in ev.Reasons)
        {
            if (!(futures is null && r.StartsWith("NO_MARKET", StringComparison.Ordinal)))
            {
                reasons.Add(r);
            }
        }

        var size = PositionSizer.Size(stop, settings.Sizing);
        if (size == 0)
        {
            reasons.Add("SIZE_ZERO: stop=" + Num(stop) + ", risk_budget_usd=" + Num(settings.Sizing.RiskBudgetUsd));
        }

        var accepted = futures is not null && ev.Accepted && size > 0;
        var valid = target > 0 && stop > 0;
        QualityResult? quality = ev.EvPoints is double evPts && valid
            ? QualityScore.Compute(ratio, 1 - signal.Confidence, evPts, target, stop, alignment, accepted, settings.Quality)
            : null;
        return new TradeDecision(signal.Id, accepted, reasons, p, source, calibration.N, target, stop, horizon, ev.EvPoints, ev.EvUsd,
            valid ? target / stop : 0, quality, accepted ? size : 0);
    }

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
