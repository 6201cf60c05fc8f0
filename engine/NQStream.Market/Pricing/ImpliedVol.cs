namespace NQStream.Market.Pricing;

/// <summary>
/// Black-76 implied volatility: bracketed Newton with bisection fallback (docs/algorithms.md §3).
/// </summary>
/// <remarks>
/// Steps: (1) check D·intrinsic ≤ V ≤ D·F (calls) or D·K (puts), with 1e-12 slack; outside → BelowIntrinsic or
/// AboveBound. (2) Check that the bracket [lo, hi] brackets the root (V is increasing in σ); otherwise
/// OutsideBracket. (3) Start at Brenner–Subrahmanyam σ₀ = √(2π/T)·(V − D·intrinsic)/(D·F), clamped to the bracket.
/// (4) Newton σ ← σ − (V(σ) − V_mkt)/vega, shrinking [lo, hi] by the sign of V(σ) − V_mkt; bisect when the step
/// leaves the bracket or vega &lt; 1e-14. Stop at |V(σ) − V_mkt| &lt; tolerance, or when the bracket has collapsed to
/// adjacent doubles (the root is then located to machine precision, which matters for large prices whose ulp exceeds
/// the tolerance). No NaN for any finite input: invalid F, K, T, r or a non-finite price is an argument error, and
/// every other outcome is a status. Allocation-free.
/// </remarks>
public static class ImpliedVol
{
    private const double BoundSlack = 1e-12;
    private const double MinVega = 1e-14;

    /// <summary>Solves with <see cref="IvSettings.Default"/>.</summary>
    public static IvResult Solve(double optionPrice, double forward, double strike, double years, double rate, OptionType type)
        => Solve(optionPrice, forward, strike, years, rate, type, IvSettings.Default);

    /// <summary>
    /// Finds σ with Black76(F, K, T, r, σ) = <paramref name="optionPrice"/>. Throws <see cref="ArgumentOutOfRangeException"/>
    /// when F, K or T is not finite and &gt; 0, r is not finite, or the price is not finite.
    /// </summary>
    public static IvResult Solve(
        double optionPrice, double forward, double strike, double years, double rate, OptionType type, in IvSettings settings)
    {
        PricingInputError error = Black76.ValidateMarket(forward, strike, years, rate, out double discount);
        if (error == PricingInputError.None && !double.IsFinite(optionPrice))
        {
            error = PricingInputError.OptionPrice;
        }

        if (error != PricingInputError.None)
        {
            PricingThrowHelper.ThrowInvalidInput(error, forward, strike, years, rate, optionPrice);
        }

        double intrinsic = type == OptionType.Call ? Math.Max(forward - strike, 0.0) : Math.Max(strike - forward, 0.0);
        double lowerBound = discount * intrinsic;
        double upperBound = discount * (type == OptionType.Call ? forward : strike);
        if (optionPrice < lowerBound - BoundSlack)
        {
            return new IvResult(IvStatus.BelowIntrinsic, null, 0, lowerBound, upperBound);
        }

        if (optionPrice > upperBound + BoundSlack)
        {
            return new IvResult(IvStatus.AboveBound, null, 0, lowerBound, upperBound);
        }

        double sqrtT = Math.Sqrt(years);
        double logMoneyness = Black76.LogMoneyness(forward, strike);
        double tolerance = settings.PriceTolerance;
        double lo = settings.LowerVolatility;
        double hi = settings.UpperVolatility;

        double diffLo = Black76.PriceCore(forward, strike, discount, logMoneyness, lo * sqrtT, type, out _) - optionPrice;
        if (Math.Abs(diffLo) < tolerance)
        {
            return new IvResult(IvStatus.Solved, lo, 0, lowerBound, upperBound);
        }

        double diffHi = Black76.PriceCore(forward, strike, discount, logMoneyness, hi * sqrtT, type, out _) - optionPrice;
        if (Math.Abs(diffHi) < tolerance)
        {
            return new IvResult(IvStatus.Solved, hi, 0, lowerBound, upperBound);
        }

        if (!(diffLo < 0.0 && diffHi > 0.0))
        {
            return new IvResult(IvStatus.OutsideBracket, null, 0, lowerBound, upperBound);
        }

        double sigma = Math.Sqrt(2.0 * Math.PI / years) * (optionPrice - lowerBound) / (discount * forward);
        if (!(sigma > lo && sigma < hi))
        {
            sigma = sigma >= hi ? hi : lo;
        }

        for (int iteration = 1; iteration <= settings.MaxIterations; iteration++)
        {
            double value = Black76.PriceCore(forward, strike, discount, logMoneyness, sigma * sqrtT, type, out double d1);
            double diff = value - optionPrice;
            if (Math.Abs(diff) < tolerance)
            {
                return new IvResult(IvStatus.Solved, sigma, iteration, lowerBound, upperBound);
            }

            if (diff > 0.0)
            {
                hi = sigma;
            }
            else
            {
                lo = sigma;
            }

            double vega = discount * NormalDistribution.Pdf(d1) * forward * sqrtT;
            double next = sigma - (diff / vega);
            if (!(vega >= MinVega && next > lo && next < hi))
            {
                next = lo + (0.5 * (hi - lo));
            }

            if (next <= lo || next >= hi)
            {
                // lo and hi are adjacent doubles: no representable σ prices closer to the target.
                return new IvResult(IvStatus.Solved, sigma, iteration, lowerBound, upperBound);
            }

            sigma = next;
        }

        return new IvResult(IvStatus.NoConvergence, null, settings.MaxIterations, lowerBound, upperBound);
    }
}
