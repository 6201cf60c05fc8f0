using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Operators.Options;

namespace NQStream.Operators.Aggressor;

/// <summary>
/// The Black-76 delta an aggressor event is enriched with (docs/algorithms.md §3, §4.3), in one call for the graph
/// wiring. Units: Δ per contract per 1 point of F, discounted (D·N(d1) for a call, −D·N(−d1) for a put), so
/// s·q·Δ is in NQ futures-equivalent contracts and ×20 in $ per index point.
/// </summary>
public static class OptionDelta
{
    /// <summary>
    /// Δ of <paramref name="option"/> at <paramref name="tsEventNs"/>, or null (§0.3) when it is not an option, has
    /// no strike, is expired (ts_event ≥ expiration: T ≤ 0 never reaches Black-76), or F or σ is missing or invalid.
    /// </summary>
    /// <param name="option">The option's definition.</param>
    /// <param name="underlyingMid">Mid of the option's own underlying future, points; null when it had no valid mid.</param>
    /// <param name="impliedVol">Implied volatility per √year; null when not solved.</param>
    /// <param name="tsEventNs">Event time, ns since the UNIX epoch.</param>
    /// <param name="options">Rate r and the greeks floor <c>t_min_greeks</c>.</param>
    public static double? Compute(Instrument option, double? underlyingMid, double? impliedVol, long tsEventNs, Black76Options options)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(options);
        if (!option.IsOption || option.Strike is not { } strike || underlyingMid is not { } forward || impliedVol is not { } sigma
            || option.IsExpiredAt(tsEventNs))
        {
            return null;
        }

        var years = TimeToExpiry.ForGreeks(
            TimeToExpiry.Years(option.ExpirationNs, tsEventNs), TimeToExpiry.FromSeconds(options.TMinGreeks.TotalSeconds));
        var type = option.Class == InstrumentClass.Call ? OptionType.Call : OptionType.Put;
        return Black76.TryCompute(forward, strike, years, options.RiskFreeRate, sigma, type, out var greeks) == PricingInputError.None
            ? greeks.Delta
            : null;
    }
}
