using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Operators.Options;

namespace NQStream.Operators.Baseline;

/// <summary>
/// Assigns an option trade to its §5.4 cell from trade-time data: expiry class from the definition, DTE in
/// trade dates (weekdays; exchange holidays are configuration and not applied here), |Δ| from Black-76 with
/// the implied volatility of the trade price itself against the given forward, and the ToD bucket of
/// <c>ts_event</c>. No cell when the forward is missing, the option expired, or the IV does not solve.
/// </summary>
public sealed class TradeCellResolver
{
    private readonly Black76Options _options;
    private readonly IvSettings _iv;
    private readonly double _minYears;

    /// <summary>Creates a resolver with the Black-76 parameters (rate, IV bracket, tolerance, t_min_greeks).</summary>
    public TradeCellResolver(Black76Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _iv = new IvSettings(options.IvBracket.Low, options.IvBracket.High, options.IvTolerance, options.IvMaxIter);
        _minYears = options.TMinGreeks.TotalSeconds / (365.0 * 86_400.0);
    }

    /// <summary>
    /// The cell of a trade of <paramref name="option"/> at <paramref name="pricePoints"/> when its underlying
    /// future is at <paramref name="forward"/> (null: missing, so no cell).
    /// </summary>
    public bool TryResolve(Instrument option, double pricePoints, double? forward, long tsEventNs, out BaselineCell cell)
    {
        ArgumentNullException.ThrowIfNull(option);
        cell = default;
        var tod = TradingSession.BucketOf(tsEventNs);
        if (!option.IsOption || forward is not { } f || option.Strike is not { } k || tod < 0
            || option.ExpiryClass == ExpiryClass.Unknown || option.IsExpiredAt(tsEventNs))
        {
            return false;
        }

        var type = option.Class == InstrumentClass.Put ? OptionType.Put : OptionType.Call;
        var years = TimeToExpiry.Years(option.ExpirationNs, tsEventNs);
        var iv = ImpliedVol.Solve(pricePoints, f, k, years, _options.RiskFreeRate, type, in _iv);
        if (iv.Volatility is not { } sigma)
        {
            return false;
        }

        var delta = Black76.Compute(f, k, TimeToExpiry.ForGreeks(years, _minYears), _options.RiskFreeRate, sigma, type).Delta;
        var dte = TradeDatesBetween(TradingSession.TradeDateOf(tsEventNs), TradingSession.TradeDateOf(option.ExpirationNs));
        return BaselineCell.TryCreate(option.ExpiryClass, dte, delta, type == OptionType.Put, tod, out cell);
    }

    /// <summary>Trade dates after <paramref name="today"/> up to and including <paramref name="expiry"/> (weekdays).</summary>
    public static int TradeDatesBetween(DateOnly today, DateOnly expiry)
    {
        var count = 0;
        for (var d = today.AddDays(1); d <= expiry; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
