using FluentAssertions;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Market.Tests.Pricing;

/// <summary>Black-76 reference examples and identities from algorithms.md §3, plus edge cases.</summary>
public sealed class Black76Tests
{
    private const double F = 21_000.0;

    [Fact]
    public void Parity_example_matches_the_documented_prices()
    {
        // algorithms.md §3 validation 2: F = 21,000, K = 20,500, T = 45/365, r = 0.045, σ = 0.21.
        double t = 45.0 / 365.0;
        var call = Black76.Compute(F, 20_500, t, 0.045, 0.21, OptionType.Call);
        var put = Black76.Compute(F, 20_500, t, 0.045, 0.21, OptionType.Put);

        call.Price.Should().BeApproximately(887.598638, 5e-7);
        put.Price.Should().BeApproximately(390.364930, 5e-7);
        double discount = Math.Exp(-0.045 * t);
        (call.Price - put.Price - (discount * (F - 20_500))).Should().BeApproximately(0.0, 1e-9);
    }

    [Fact]
    public void Textbook_put_matches_hulls_black_model_example()
    {
        // algorithms.md §3 validation 5: F = K = 20, r = 9 %, T = 4/12, σ = 25 % → 1.1166 (Hull: 1.12).
        var put = Black76.Compute(20, 20, 4.0 / 12.0, 0.09, 0.25, OptionType.Put);

        put.Price.Should().BeApproximately(1.1166, 5e-5);
        Math.Round(put.Price, 2).Should().Be(1.12);
    }

    [Theory]
    [InlineData(21_000, 21_000, 30.0 / 365, 0.045, 0.20)]
    [InlineData(21_000, 21_420, 7.0 / 365, 0.045, 0.18)]
    [InlineData(21_000, 20_580, 7.0 / 365, 0.045, 0.24)]
    [InlineData(21_000, 23_000, 90.0 / 365, 0.045, 0.22)]
    [InlineData(21_000, 16_000, 2.0, -0.01, 0.35)]
    [InlineData(100, 95, 0.5, 0.10, 0.8)]
    public void Put_call_parity_holds_to_1e9(double f, double k, double t, double r, double sigma)
    {
        var call = Black76.Compute(f, k, t, r, sigma, OptionType.Call);
        var put = Black76.Compute(f, k, t, r, sigma, OptionType.Put);
        double discount = Math.Exp(-r * t);

        (call.Price - put.Price - (discount * (f - k))).Should().BeApproximately(0.0, 1e-9);
        (call.Delta - put.Delta).Should().BeApproximately(discount, 1e-12);
        call.Gamma.Should().BeApproximately(put.Gamma, 1e-15 * Math.Max(1, call.Gamma));
        call.Vega.Should().BeApproximately(put.Vega, 1e-12 * call.Vega);
        call.Nd2.Should().Be(put.Nd2);
    }

    [Theory]
    [InlineData(21_000, 21_000, 30.0 / 365, 0.045, 0.20, OptionType.Call)]
    [InlineData(21_000, 21_420, 7.0 / 365, 0.045, 0.18, OptionType.Call)]
    [InlineData(21_000, 20_580, 7.0 / 365, 0.045, 0.24, OptionType.Put)]
    [InlineData(21_000, 23_000, 90.0 / 365, 0.045, 0.22, OptionType.Put)]
    [InlineData(21_000, 21_000, 6.0 / 24 / 365, 0.045, 0.15, OptionType.Call)]
    [InlineData(20, 20, 4.0 / 12, 0.09, 0.25, OptionType.Put)]
    public void Greeks_match_central_finite_differences(double f, double k, double t, double r, double sigma, OptionType type)
    {
        // algorithms.md §3 validation 4: relative bump 1e-4, relative error ≤ 1e-5. Central differences at h and h/2
        // are Richardson-combined: at 6 hours to expiry the curvature scale F·σ·√T is only ~40 bumps wide, and the
        // plain O(h²) error of the gamma difference alone would be ~1e-4.
        var g = Black76.Compute(f, k, t, r, sigma, type);
        double delta = Richardson(h => (Black76.Price(f + h, k, t, r, sigma, type) - Black76.Price(f - h, k, t, r, sigma, type)) / (2 * h), f);
        double gamma = Richardson(h => (Black76.Compute(f + h, k, t, r, sigma, type).Delta - Black76.Compute(f - h, k, t, r, sigma, type).Delta) / (2 * h), f);
        double vega = Richardson(h => (Black76.Price(f, k, t, r, sigma + h, type) - Black76.Price(f, k, t, r, sigma - h, type)) / (2 * h), sigma);
        double theta = Richardson(h => (Black76.Price(f, k, t - h, r, sigma, type) - Black76.Price(f, k, t + h, r, sigma, type)) / (2 * h), t);

        g.Delta.Should().BeApproximately(delta, 1e-5 * Math.Abs(delta));
        g.Gamma.Should().BeApproximately(gamma, 1e-5 * Math.Abs(gamma));
        g.Vega.Should().BeApproximately(vega, 1e-5 * Math.Abs(vega));
        g.Theta.Should().BeApproximately(theta, 1e-5 * Math.Abs(theta));
    }

    [Fact]
    public void Nd2_is_the_risk_neutral_probability_of_finishing_in_the_money()
    {
        double t = 30.0 / 365, s = 0.2 * Math.Sqrt(t);
        double d2 = (Math.Log(21_000.0 / 21_420.0) / s) - (s / 2);

        var g = Black76.Compute(F, 21_420, t, 0.045, 0.2, OptionType.Call);

        g.Nd2.Should().BeApproximately(NormalDistribution.Cdf(d2), 1e-15);
        g.Nd2.Should().BeInRange(0.3, 0.5);
    }

    [Fact]
    public void Tiny_total_volatility_converges_to_discounted_intrinsic()
    {
        double discount = Math.Exp(-0.045 * 1e-6);
        var itmCall = Black76.Compute(F, 20_000, 1e-6, 0.045, 1e-6, OptionType.Call);
        var otmCall = Black76.Compute(F, 22_000, 1e-6, 0.045, 1e-6, OptionType.Call);
        var itmPut = Black76.Compute(F, 22_000, 1e-6, 0.045, 1e-6, OptionType.Put);

        itmCall.Price.Should().BeApproximately(discount * 1_000, 1e-9);
        itmCall.Delta.Should().BeApproximately(discount, 1e-15);
        otmCall.Price.Should().Be(0.0);
        otmCall.Delta.Should().Be(0.0);
        otmCall.Gamma.Should().Be(0.0);
        itmPut.Delta.Should().BeApproximately(-discount, 1e-15);
    }

    [Fact]
    public void Deep_out_of_the_money_tail_keeps_relative_accuracy()
    {
        // 6-sigma OTM put: the price is tiny but positive, and equals D·[K·N(−d2) − F·N(−d1)] evaluated in the tail.
        var put = Black76.Compute(F, 14_000, 30.0 / 365, 0.045, 0.2, OptionType.Put);

        put.Price.Should().BeGreaterThan(0.0).And.BeLessThan(1e-6);
        put.Delta.Should().BeLessThan(0.0).And.BeGreaterThan(-1e-8);
        put.Vega.Should().BeGreaterThan(0.0);
    }

    [Fact]
    public void At_the_money_near_expiry_follows_the_small_total_vol_limits()
    {
        var g = Black76.Compute(F, F, 1e-12, 0.045, 0.15, OptionType.Call);

        g.Price.Should().BeApproximately(F * 0.15 * Math.Sqrt(1e-12) * 0.3989422804014327, 1e-9);
        g.Delta.Should().BeApproximately(0.5, 1e-6);
        double expectedGamma = 0.3989422804014327 / (F * 0.15 * Math.Sqrt(1e-12));
        g.Gamma.Should().BeApproximately(expectedGamma, 1e-6 * expectedGamma);
    }

    [Theory]
    [InlineData(0.0, 21_000, 0.1, 0.045, 0.2, "forward", "F must be finite and > 0")]
    [InlineData(-1.0, 21_000, 0.1, 0.045, 0.2, "forward", "F must be finite and > 0")]
    [InlineData(21_000, 0.0, 0.1, 0.045, 0.2, "strike", "K must be finite and > 0")]
    [InlineData(21_000, -5.0, 0.1, 0.045, 0.2, "strike", "K must be finite and > 0")]
    [InlineData(21_000, 21_000, 0.0, 0.045, 0.2, "years", "expired option")]
    [InlineData(21_000, 21_000, -0.1, 0.045, 0.2, "years", "T must be finite and > 0")]
    [InlineData(21_000, 21_000, 0.1, 0.045, 0.0, "sigma", "sigma must be finite and > 0")]
    [InlineData(21_000, 21_000, 0.1, 0.045, -0.2, "sigma", "sigma must be finite and > 0")]
    [InlineData(21_000, 21_000, 0.1, double.NaN, 0.2, "rate", "rate r must be finite")]
    [InlineData(21_000, 21_000, 1e300, -1.0, 0.2, "rate", "discount factor")]
    [InlineData(21_000, 21_000, 1e-320, 0.045, 1e-200, "sigma", "sigma*sqrt(T) > 0")]
    [InlineData(1e308, 1e308, 1.0, -700, 0.2, "inputs", "overflows the double range")]
    public void Invalid_inputs_are_one_line_argument_errors(double f, double k, double t, double r, double sigma, string param, string reason)
    {
        var act = () => Black76.Compute(f, k, t, r, sigma, OptionType.Call);

        var error = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        error.ParamName.Should().Be(param);
        error.Message.Should().Contain(reason).And.NotContain("\n");
        Black76.TryCompute(f, k, t, r, sigma, OptionType.Call, out _).Should().NotBe(PricingInputError.None);
    }

    [Fact]
    public void TryCompute_returns_the_same_record_as_Compute()
    {
        var thrown = Black76.Compute(F, 21_100, 0.05, 0.045, 0.19, OptionType.Put);

        Black76.TryCompute(F, 21_100, 0.05, 0.045, 0.19, OptionType.Put, out var tried).Should().Be(PricingInputError.None);
        tried.Should().Be(thrown);
        Black76.TryCompute(F, -1, 0.05, 0.045, 0.19, OptionType.Put, out _).Should().Be(PricingInputError.Strike);
    }

    private static double Richardson(Func<double, double> centralDifference, double x)
    {
        const double relativeBump = 1e-4;
        double h = x * relativeBump;
        return ((4 * centralDifference(h / 2)) - centralDifference(h)) / 3;
    }
}
