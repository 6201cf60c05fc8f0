using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Market.Tests.Pricing;

/// <summary>FsCheck properties: IV round trip over a wide grid, and no NaN for any finite input.</summary>
public sealed class Black76PropertyTests
{
    // Fixed seed: failures reproduce (algorithms.md §0.2, seeded RNG in tests only).
    private static readonly Config Config = Config.QuickThrowOnFailure
        .WithMaxTest(2_000)
        .WithReplay(0x5EED_B76UL, 0x9E37_79B9_7F4A_7C15UL)
        .WithQuietOnSuccess(true);

    private static readonly double[] Extremes =
    [
        double.Epsilon, 1e-300, 1e-200, 1e-100, 1e-30, 1e-12, 1e-6, 1e-3, 0.5, 1.0, 2.0, 1e3, 21_000.0, 1e6, 1e12,
        1e30, 1e100, 1e200, 1e300, double.MaxValue, 0.0, -0.0, -1e-300, -1.0, -1e300, -double.MaxValue,
    ];

    [Fact]
    public void Price_to_iv_to_price_round_trips_over_a_wide_grid()
    {
        var cases =
            from f in Gen.Elements(1.0, 20.0, 4_000.0, 21_000.0, 1e6)
            from moneyness in Gen.Choose(-1_000, 1_000).Select(m => Math.Exp(m / 1_000.0))   // K/F in [e^-1, e^1]
            from days in Gen.Choose(1, 3 * 365 * 24).Select(h => h / 24.0)                     // 1 hour … 3 years
            from sigma in Gen.Choose(10, 30_000).Select(v => v / 10_000.0)                      // 0.1 % … 300 %
            from rate in Gen.Choose(-200, 1_500).Select(b => b / 10_000.0)                      // −2 % … 15 %
            from type in Gen.Elements(OptionType.Call, OptionType.Put)
            select (f, k: f * moneyness, t: days / 365.0, sigma, rate, type);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double price = Black76.Price(c.f, c.k, c.t, c.rate, c.sigma, c.type);
            var iv = ImpliedVol.Solve(price, c.f, c.k, c.t, c.rate, c.type);
            double discount = Math.Exp(-c.rate * c.t);
            double lowerBound = discount * Math.Max(c.type == OptionType.Call ? c.f - c.k : c.k - c.f, 0.0);
            double tolerance = IvSettings.Default.PriceTolerance;
            double atLowestVol = Black76.Price(c.f, c.k, c.t, c.rate, IvSettings.Default.LowerVolatility, c.type);

            if (price - atLowestVol < tolerance)
            {
                // Time value below the tolerance: any σ down to the bracket floor reprices it; the solver must say
                // Solved (repricing within tolerance) or OutsideBracket, never a wrong price.
                return iv.Status == IvStatus.OutsideBracket
                    || (iv.IsSolved && Math.Abs(Black76.Price(c.f, c.k, c.t, c.rate, iv.Volatility!.Value, c.type) - price) < tolerance);
            }

            if (!iv.IsSolved || iv.LowerBound != lowerBound)
            {
                return false;
            }

            double sigma = iv.Volatility!.Value;
            double repriced = Black76.Price(c.f, c.k, c.t, c.rate, sigma, c.type);
            double vega = Black76.Compute(c.f, c.k, c.t, c.rate, c.sigma, c.type).Vega;
            double ulp = Math.BitIncrement(price) - price;
            bool priceBack = Math.Abs(repriced - price) < Math.Max(tolerance, 8 * ulp);
            // Where the price pins σ down (vega not tiny), σ itself comes back: |Δσ| ≲ tolerance / vega.
            bool sigmaBack = vega < 1e-6 || Math.Abs(sigma - c.sigma) <= (2 * Math.Max(tolerance, 8 * ulp) / vega) + 1e-13;
            return priceBack && sigmaBack;
        }).Check(Config);
    }

    [Fact]
    public void No_nan_for_any_finite_input()
    {
        var finite = Gen.OneOf(
            Gen.Elements(Extremes),
            Gen.Choose(-300, 300).Select(e => Math.Pow(10, e)),
            ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite));

        var cases =
            from f in finite
            from k in finite
            from t in finite
            from r in finite
            from sigma in finite
            from type in Gen.Elements(OptionType.Call, OptionType.Put)
            select (f, k, t, r, sigma, type);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            PricingInputError error = Black76.TryCompute(c.f, c.k, c.t, c.r, c.sigma, c.type, out var g);
            bool pricingOk = error != PricingInputError.None
                ? g.Equals(default(Greeks))
                : AllFinite(g);

            bool ivOk;
            try
            {
                // Use the σ draw as a price: covers negative, tiny, huge and in-range prices.
                var iv = ImpliedVol.Solve(c.sigma, c.f, c.k, c.t, c.r, c.type);
                ivOk = iv.IsSolved
                    ? iv.Volatility is double v && double.IsFinite(v) && v > 0
                    : iv.Volatility is null;
                ivOk &= !double.IsNaN(iv.LowerBound) && !double.IsNaN(iv.UpperBound);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                ivOk = !string.IsNullOrEmpty(ex.ParamName) && !ex.Message.Contains('\n', StringComparison.Ordinal);
            }

            return pricingOk && ivOk;
        }).Check(Config);
    }

    [Fact]
    public void Extreme_grid_either_prices_finitely_or_rejects_with_a_reason()
    {
        // Exhaustive over the extreme values for F, K, T, σ at three rates: 26^4 × 3 × 2 combinations.
        int priced = 0;
        foreach (double f in Extremes)
        foreach (double k in Extremes)
        foreach (double t in Extremes)
        foreach (double sigma in Extremes)
        foreach (double r in (ReadOnlySpan<double>)[0.0, 0.045, -700.0])
        foreach (var type in (ReadOnlySpan<OptionType>)[OptionType.Call, OptionType.Put])
        {
            var error = Black76.TryCompute(f, k, t, r, sigma, type, out var g);
            if (error == PricingInputError.None)
            {
                AllFinite(g).Should().BeTrue($"F={f:R} K={k:R} T={t:R} r={r:R} sigma={sigma:R} {type}");
                priced++;
            }
        }

        priced.Should().BeGreaterThan(10_000);
    }

    private static bool AllFinite(in Greeks g)
        => double.IsFinite(g.Price) && double.IsFinite(g.Delta) && double.IsFinite(g.Gamma)
        && double.IsFinite(g.Vega) && double.IsFinite(g.Theta) && double.IsFinite(g.Nd2);
}
