using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>
/// Implied volatility per (expiry, strike) of a chain snapshot by the rules of algorithms.md §3: the price of the
/// out-of-the-money option (call if K ≥ F, put if K &lt; F) chosen by <see cref="IvPriceRule"/>, solved with
/// Black-76 on the unfloored T = (expiration − as-of) ACT/365; strikes left without a volatility get total variance
/// interpolated linearly in strike between the nearest solved strikes of the same expiry (never extrapolated).
/// </summary>
public static class ChainVolatility
{
    /// <summary>One entry per <see cref="ChainSnapshot.Rows"/> row, in the same order.</summary>
    public static StrikeVolatility[] Solve(ChainSnapshot snapshot, double forward, long asOfNs, double rate, IvPriceRule rule)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rule);
        if (!(forward > 0.0 && double.IsFinite(forward)))
        {
            throw new ArgumentOutOfRangeException(nameof(forward), $"forward must be finite and > 0 (got {forward})");
        }

        var rows = snapshot.Rows;
        var result = new StrikeVolatility[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            result[i] = SolveRow(rows[i], forward, asOfNs, rate, rule);
        }

        Interpolate(result);
        return result;
    }

    private static StrikeVolatility SolveRow(StrikeRow row, double forward, long asOfNs, double rate, IvPriceRule rule)
    {
        if (row.ExpirationNs is not long expiry || TimeToExpiry.IsExpired(expiry, asOfNs))
        {
            return new StrikeVolatility(row.StrikeRaw, row.ExpirationNs, null, null, IvSource.NoTime);
        }

        double years = TimeToExpiry.Years(expiry, asOfNs);
        bool useCall = row.Strike >= forward;
        OptionQuote? otm = useCall ? row.Call : row.Put;
        var none = new StrikeVolatility(row.StrikeRaw, expiry, years, null, IvSource.None);
        if (otm is not OptionQuote quote)
        {
            return none;
        }

        var type = useCall ? OptionType.Call : OptionType.Put;
        if (ValidMid(quote, rule) is double mid && TrySolve(mid, forward, row.Strike, years, rate, type, rule) is double fromMid)
        {
            return none with { Volatility = fromMid, Source = IvSource.Mid };
        }

        if (quote.Last is double last && last > 0.0)
        {
            bool fresh = !quote.LastIsSettlement && quote.LastTimeNs is long t && asOfNs - t >= 0 && asOfNs - t <= rule.MaxLastAgeNs;
            if ((fresh || rule.AcceptStaleLast) && TrySolve(last, forward, row.Strike, years, rate, type, rule) is double fromLast)
            {
                return none with { Volatility = fromLast, Source = fresh ? IvSource.Last : IvSource.StaleLast };
            }
        }

        return none;
    }

    /// <summary>The mid when both sides are valid and the spread is within max(ticks, fraction of mid); else null.</summary>
    internal static double? ValidMid(in OptionQuote quote, IvPriceRule rule)
    {
        if (quote.Bid is not double bid || quote.Ask is not double ask || !(bid > 0.0) || !(ask >= bid))
        {
            return null;
        }

        double mid = 0.5 * (bid + ask);
        double limit = Math.Max(rule.MaxSpreadTicks * OptionTick.For(mid), rule.MaxSpreadFraction * mid);
        return ask - bid <= limit + 1e-12 ? mid : null;
    }

    private static double? TrySolve(double price, double forward, double strike, double years, double rate, OptionType type, IvPriceRule rule)
    {
        var iv = ImpliedVol.Solve(price, forward, strike, years, rate, type, rule.Solver);
        return iv.Volatility;
    }

    private static void Interpolate(StrikeVolatility[] vols)
    {
        int start = 0;
        while (start < vols.Length)
        {
            int end = start;
            while (end < vols.Length && vols[end].ExpirationNs == vols[start].ExpirationNs)
            {
                end++;
            }

            InterpolateExpiry(vols, start, end);
            start = end;
        }
    }

    // Rows of one expiry are sorted by strike; fill each gap between two solved strikes.
    private static void InterpolateExpiry(StrikeVolatility[] vols, int start, int end)
    {
        int previous = -1;
        for (int i = start; i < end; i++)
        {
            if (vols[i].Volatility is null)
            {
                continue;
            }

            if (previous >= 0 && i - previous > 1)
            {
                Fill(vols, previous, i);
            }

            previous = i;
        }
    }

    private static void Fill(StrikeVolatility[] vols, int lo, int hi)
    {
        double kLo = OptionQuote.ToPoints(vols[lo].StrikeRaw), kHi = OptionQuote.ToPoints(vols[hi].StrikeRaw);
        double wLo = Square(vols[lo].Volatility!.Value) * vols[lo].Years!.Value;
        double wHi = Square(vols[hi].Volatility!.Value) * vols[hi].Years!.Value;
        for (int j = lo + 1; j < hi; j++)
        {
            if (vols[j].Years is not double years || vols[j].Source != IvSource.None)
            {
                continue;
            }

            double k = OptionQuote.ToPoints(vols[j].StrikeRaw);
            double w = wLo + ((wHi - wLo) * (k - kLo) / (kHi - kLo));
            vols[j] = vols[j] with { Volatility = Math.Sqrt(w / years), Source = IvSource.Interpolated };
        }
    }

    private static double Square(double x) => x * x;
}
