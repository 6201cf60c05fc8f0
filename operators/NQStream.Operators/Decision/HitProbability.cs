using NQStream.Market.Pricing;
using NQStream.Operators.Numerics;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Decision;

/// <summary>
/// Option-implied prior of §6.2 for an uncalibrated key: bullish N(d2) with K = F + target, bearish N(−d2) with
/// K = F − target, d2 = (ln(F/K) − σ²T/2) / (σ√T), T = horizon in ACT/365 years. Deliberately conservative
/// (finishing beyond the target is rarer than touching it).
/// </summary>
public static class HitProbability
{
    /// <summary>The prior.</summary>
    /// <param name="futures">F, the underlying mid (&gt; 0).</param>
    /// <param name="target">Target in points (&gt; 0; bearish needs target &lt; F).</param>
    /// <param name="horizon">Horizon (&gt; 0).</param>
    /// <param name="sigma">ATM IV of the nearest expiry after the horizon (&gt; 0).</param>
    /// <param name="direction">Bullish or bearish.</param>
    public static double Prior(double futures, double target, TimeSpan horizon, double sigma, SignalDirection direction)
    {
        if (!(futures > 0) || !(target > 0) || !(sigma > 0) || horizon <= TimeSpan.Zero || (direction == SignalDirection.Bearish && target >= futures))
        {
            throw new ArgumentOutOfRangeException(nameof(futures), $"prior needs F > 0, 0 < target (< F when bearish), σ > 0, horizon > 0 (F={futures}, target={target}, σ={sigma}, horizon={horizon})");
        }

        if (direction == SignalDirection.Neutral)
        {
            throw new ArgumentOutOfRangeException(nameof(direction), "a neutral signal has no target side");
        }

        var t = horizon.Ticks * 100.0 / TimeToExpiry.NanosecondsPerYear;
        var strike = direction == SignalDirection.Bullish ? futures + target : futures - target;
        var sd = sigma * Math.Sqrt(t);
        var d2 = (Math.Log(futures / strike) - (0.5 * sd * sd)) / sd;
        return direction == SignalDirection.Bullish ? NormalCdf.Phi(d2) : NormalCdf.Phi(-d2);
    }
}
