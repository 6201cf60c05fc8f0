namespace NQStream.Market.Pricing;

/// <summary>
/// Black (1976) model for options on futures, premium paid up front (docs/algorithms.md §3):
/// d1 = [ln(F/K) + σ²T/2]/(σ√T), d2 = d1 − σ√T, D = e^(−rT), c = D·[F·N(d1) − K·N(d2)], p = D·[K·N(−d2) − F·N(−d1)].
/// </summary>
/// <remarks>
/// Static methods on doubles, no allocation. Contract: for every finite input the result is either a record whose
/// fields are all finite (never NaN) or a clear argument error (<see cref="PricingInputError"/>): F, K, T, σ must be
/// &gt; 0, r finite. Near-degenerate inputs (T → 0, σ → 0, deep in or out of the money) need no special case: d1 and
/// d2 are computed as ln(F/K)/s ± s/2 with s = σ√T, so an infinite d never meets ∞ − ∞, and the erfc-based N keeps
/// the tails accurate.
/// </remarks>
public static class Black76
{
    private const double SmallestNormal = 2.2250738585072014E-308;

    /// <summary>Price and greeks; throws <see cref="ArgumentOutOfRangeException"/> with a one-line reason on invalid input.</summary>
    /// <param name="forward">Futures price F (points), &gt; 0.</param>
    /// <param name="strike">Strike K (points), &gt; 0.</param>
    /// <param name="years">Time to expiry T in years (ACT/365, see <see cref="TimeToExpiry"/>), &gt; 0.</param>
    /// <param name="rate">Continuously compounded rate r for discounting the premium.</param>
    /// <param name="sigma">Volatility σ per √year, &gt; 0.</param>
    /// <param name="type">Call or put.</param>
    public static Greeks Compute(double forward, double strike, double years, double rate, double sigma, OptionType type)
    {
        PricingInputError error = Evaluate(forward, strike, years, rate, sigma, type, out Greeks greeks);
        if (error != PricingInputError.None)
        {
            PricingThrowHelper.ThrowInvalidInput(error, forward, strike, years, rate, sigma);
        }

        return greeks;
    }

    /// <summary>Price and greeks without throwing: returns the reason the inputs were rejected, or <see cref="PricingInputError.None"/>.</summary>
    /// <remarks>For operators that must emit null instead of failing (algorithms.md §3: "invalid input, null outputs").</remarks>
    public static PricingInputError TryCompute(
        double forward, double strike, double years, double rate, double sigma, OptionType type, out Greeks greeks)
        => Evaluate(forward, strike, years, rate, sigma, type, out greeks);

    /// <summary>Price only (points); throws like <see cref="Compute"/>.</summary>
    public static double Price(double forward, double strike, double years, double rate, double sigma, OptionType type)
        => Compute(forward, strike, years, rate, sigma, type).Price;

    /// <summary>Validates F, K, T and r (everything but σ), the checks shared with the implied-volatility solver.</summary>
    internal static PricingInputError ValidateMarket(double forward, double strike, double years, double rate, out double discount)
    {
        discount = 0.0;
        if (!(forward > 0.0 && double.IsFinite(forward)))
        {
            return PricingInputError.Forward;
        }

        if (!(strike > 0.0 && double.IsFinite(strike)))
        {
            return PricingInputError.Strike;
        }

        if (!(years > 0.0 && double.IsFinite(years)))
        {
            return PricingInputError.Time;
        }

        discount = Math.Exp(-rate * years);
        return double.IsFinite(rate) && double.IsFinite(discount) ? PricingInputError.None : PricingInputError.Rate;
    }

    /// <summary>ln(F/K) without overflow: the ratio when it is a normal double, the difference of logs otherwise.</summary>
    internal static double LogMoneyness(double forward, double strike)
    {
        double ratio = forward / strike;
        return ratio is >= SmallestNormal and < double.PositiveInfinity
            ? Math.Log(ratio)
            : Math.Log(forward) - Math.Log(strike);
    }

    /// <summary>Black-76 price from precomputed invariants; <paramref name="totalVol"/> = σ√T &gt; 0.</summary>
    internal static double PriceCore(double forward, double strike, double discount, double logMoneyness, double totalVol, OptionType type, out double d1)
    {
        double ratio = logMoneyness / totalVol;
        double half = 0.5 * totalVol;
        d1 = ratio + half;
        double d2 = ratio - half;
        return type == OptionType.Call
            ? discount * ((forward * NormalDistribution.Cdf(d1)) - (strike * NormalDistribution.Cdf(d2)))
            : discount * ((strike * NormalDistribution.Cdf(-d2)) - (forward * NormalDistribution.Cdf(-d1)));
    }

    private static PricingInputError Evaluate(
        double forward, double strike, double years, double rate, double sigma, OptionType type, out Greeks greeks)
    {
        greeks = default;
        PricingInputError error = ValidateMarket(forward, strike, years, rate, out double discount);
        if (error != PricingInputError.None)
        {
            return error;
        }

        double sqrtT = Math.Sqrt(years);
        double totalVol = sigma * sqrtT;
        if (!(sigma > 0.0 && double.IsFinite(sigma)) || totalVol == 0.0)
        {
            return PricingInputError.Volatility;
        }

        double logMoneyness = LogMoneyness(forward, strike);
        double ratio = logMoneyness / totalVol;
        double half = 0.5 * totalVol;
        double d1 = ratio + half;
        double d2 = ratio - half;

        // Each N() is evaluated once, on the side that keeps relative accuracy (N(−d) rather than 1 − N(d)).
        double price, delta, nd2;
        if (type == OptionType.Call)
        {
            double nd1 = NormalDistribution.Cdf(d1);
            nd2 = NormalDistribution.Cdf(d2);
            price = discount * ((forward * nd1) - (strike * nd2));
            delta = discount * nd1;
        }
        else
        {
            double nMinusD1 = NormalDistribution.Cdf(-d1);
            double nMinusD2 = NormalDistribution.Cdf(-d2);
            price = discount * ((strike * nMinusD2) - (forward * nMinusD1));
            delta = -discount * nMinusD1;
            nd2 = NormalDistribution.Cdf(d2);
        }

        // Products are ordered so an intermediate can reach ±∞ only when multiplied by a positive finite factor:
        // no 0·∞ or ∞/∞ can arise, and the single ∞ − ∞ candidate (theta) is caught by the finiteness check below.
        double discountedDensity = discount * NormalDistribution.Pdf(d1);
        double gamma = discountedDensity / forward / totalVol;
        double vega = discountedDensity * forward * sqrtT;
        double theta = (-(discountedDensity * forward) * sigma / (2.0 * sqrtT)) + (rate * price);

        if (!(double.IsFinite(price) & double.IsFinite(gamma) & double.IsFinite(vega) & double.IsFinite(theta)))
        {
            return PricingInputError.Overflow;
        }

        greeks = new Greeks(price, delta, gamma, vega, theta, nd2);
        return PricingInputError.None;
    }
}
