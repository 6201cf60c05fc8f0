using FluentAssertions;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Market.Tests.Pricing;

/// <summary>Implied volatility: solutions, the no-solution statuses and argument errors (algorithms.md §3).</summary>
public sealed class ImpliedVolTests
{
    private const double F = 21_000.0;
    private const double T = 30.0 / 365.0;
    private const double R = 0.045;

    private static double Discount => Math.Exp(-R * T);

    [Theory]
    [InlineData(21_000, 0.20, OptionType.Call)]
    [InlineData(21_420, 0.18, OptionType.Call)]
    [InlineData(20_580, 0.24, OptionType.Put)]
    [InlineData(25_000, 0.45, OptionType.Call)]
    [InlineData(15_000, 0.60, OptionType.Put)]
    [InlineData(21_000, 0.0005, OptionType.Call)]
    [InlineData(21_000, 4.5, OptionType.Put)]
    public void Recovers_sigma_from_the_model_price(double strike, double sigma, OptionType type)
    {
        double price = Black76.Price(F, strike, T, R, sigma, type);

        var iv = ImpliedVol.Solve(price, F, strike, T, R, type);

        iv.Status.Should().Be(IvStatus.Solved);
        iv.Volatility!.Value.Should().BeApproximately(sigma, 1e-10);
        iv.Iterations.Should().BeInRange(1, IvSettings.Default.MaxIterations);
        Black76.Price(F, strike, T, R, iv.Volatility.Value, type).Should().BeApproximately(price, 1e-10);
    }

    [Fact]
    public void Price_below_discounted_intrinsic_has_no_solution()
    {
        double lower = Discount * 1_000;

        var iv = ImpliedVol.Solve(lower - 0.01, F, 20_000, T, R, OptionType.Call);

        iv.Status.Should().Be(IvStatus.BelowIntrinsic);
        iv.Volatility.Should().BeNull();
        iv.LowerBound.Should().BeApproximately(lower, 1e-12);
        ImpliedVol.Solve(-1.0, F, 22_000, T, R, OptionType.Call).Status.Should().Be(IvStatus.BelowIntrinsic);
    }

    [Fact]
    public void Price_above_the_upper_bound_has_no_solution()
    {
        var call = ImpliedVol.Solve((Discount * F) + 1e-6, F, 21_000, T, R, OptionType.Call);
        var put = ImpliedVol.Solve((Discount * 20_000) + 0.5, F, 20_000, T, R, OptionType.Put);

        call.Status.Should().Be(IvStatus.AboveBound);
        call.Volatility.Should().BeNull();
        call.UpperBound.Should().BeApproximately(Discount * F, 1e-9);
        put.Status.Should().Be(IvStatus.AboveBound);
        put.UpperBound.Should().BeApproximately(Discount * 20_000, 1e-9);
    }

    [Fact]
    public void Bound_slack_is_1e12()
    {
        double lower = Discount * 1_000;

        ImpliedVol.Solve(lower - 2e-12, F, 20_000, T, R, OptionType.Call).Status.Should().Be(IvStatus.BelowIntrinsic);
        ImpliedVol.Solve(lower - 5e-13, F, 20_000, T, R, OptionType.Call).Status.Should().NotBe(IvStatus.BelowIntrinsic);
    }

    [Fact]
    public void Volatility_outside_the_bracket_is_reported_not_clamped()
    {
        double tooHigh = Black76.Price(F, 21_000, T, R, 7.0, OptionType.Call);
        double tooLow = Black76.Price(F, 21_000, T, R, 1e-5, OptionType.Call);

        ImpliedVol.Solve(tooHigh, F, 21_000, T, R, OptionType.Call).Status.Should().Be(IvStatus.OutsideBracket);
        ImpliedVol.Solve(tooLow, F, 21_000, T, R, OptionType.Call).Status.Should().Be(IvStatus.OutsideBracket);

        var wide = new IvSettings(1e-6, 10.0, 1e-10, 100);
        ImpliedVol.Solve(tooHigh, F, 21_000, T, R, OptionType.Call, wide).Volatility!.Value.Should().BeApproximately(7.0, 1e-10);
        ImpliedVol.Solve(tooLow, F, 21_000, T, R, OptionType.Call, wide).Volatility!.Value.Should().BeApproximately(1e-5, 1e-10);
    }

    [Fact]
    public void Too_few_iterations_report_no_convergence()
    {
        double price = Black76.Price(F, 23_000, T, R, 0.37, OptionType.Call);

        var iv = ImpliedVol.Solve(price, F, 23_000, T, R, OptionType.Call, new IvSettings(1e-4, 5.0, 1e-10, 1));

        iv.Status.Should().Be(IvStatus.NoConvergence);
        iv.Volatility.Should().BeNull();
        iv.Iterations.Should().Be(1);
    }

    [Fact]
    public void Prices_whose_ulp_exceeds_the_tolerance_are_located_to_machine_precision()
    {
        // F = 1e12: one ulp of the price (~1e-5) is far above 1e-10, so only bracket collapse can end the solve.
        const double big = 1e12;
        double price = Black76.Price(big, big, 0.5, 0.01, 0.3, OptionType.Call);

        var iv = ImpliedVol.Solve(price, big, big, 0.5, 0.01, OptionType.Call);

        iv.Status.Should().Be(IvStatus.Solved);
        iv.Volatility!.Value.Should().BeApproximately(0.3, 1e-12);
    }

    [Theory]
    [InlineData(double.NaN, 21_000, 21_000, 0.1, 0.045, "optionPrice")]
    [InlineData(double.PositiveInfinity, 21_000, 21_000, 0.1, 0.045, "optionPrice")]
    [InlineData(100, 0, 21_000, 0.1, 0.045, "forward")]
    [InlineData(100, 21_000, -1, 0.1, 0.045, "strike")]
    [InlineData(100, 21_000, 21_000, 0, 0.045, "years")]
    [InlineData(100, 21_000, 21_000, 0.1, double.PositiveInfinity, "rate")]
    public void Invalid_inputs_are_argument_errors(double price, double f, double k, double t, double r, string param)
    {
        var act = () => ImpliedVol.Solve(price, f, k, t, r, OptionType.Put);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(param);
    }

    [Theory]
    [InlineData(0.0, 5.0, 1e-10, 100, "lowerVolatility")]
    [InlineData(1.0, 0.5, 1e-10, 100, "lowerVolatility")]
    [InlineData(1e-4, 5.0, 0.0, 100, "priceTolerance")]
    [InlineData(1e-4, 5.0, 1e-10, 0, "maxIterations")]
    public void Invalid_settings_name_the_field(double lo, double hi, double tol, int maxIter, string param)
    {
        var act = () => new IvSettings(lo, hi, tol, maxIter);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(param);
    }

    [Fact]
    public void Default_settings_are_the_documented_parameters()
    {
        var d = IvSettings.Default;

        (d.LowerVolatility, d.UpperVolatility, d.PriceTolerance, d.MaxIterations).Should().Be((1e-4, 5.0, 1e-10, 100));
    }
}
