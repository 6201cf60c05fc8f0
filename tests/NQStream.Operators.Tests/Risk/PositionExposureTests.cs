using FluentAssertions;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class PositionExposureTests
{
    private static Greeks AtmCall30d => Black76.Compute(21_000, 21_000, 0.0821917808, 0.045, 0.20, OptionType.Call);

    private static Greeks OtmPut7d => Black76.Compute(21_000, 20_580, 0.0191780822, 0.045, 0.24, OptionType.Put);

    [Fact]
    public void Long_atm_call_exposure_and_notional_match_section_7_1()
    {
        var risk = PositionExposure.Compute(new PositionInput(1, "NQM5", 1, false, 21_000, AtmCall30d, null), 20)!;

        risk.Exposure.Should().BeApproximately(10.1910, 0.00005);
        // §7.1 prints $214,011 = the rounded exposure 10.1910 × 21,000; unrounded it is 10.190953… × 21,000 = 214,010.01.
        risk.Notional.Should().BeApproximately(214_010.01, 0.005);
        risk.Notional.Should().BeApproximately(214_011, 1.0);
        risk.DollarGamma.Should().BeApproximately(29_102.5064, 0.00005);
    }

    [Fact]
    public void Ten_short_otm_puts_give_positive_exposure()
    {
        var risk = PositionExposure.Compute(new PositionInput(2, "NQM5", -10, false, 21_000, OtmPut7d, 15), 20)!;

        risk.Exposure.Should().BeApproximately(53.1862, 0.00005);
        risk.StopRisk.Should().BeApproximately(15 * 53.1862, 0.001);
        risk.DollarVega.Should().BeApproximately(-10 * 953.846634 * 20 / 100, 1e-4);
        risk.ThetaPerDay.Should().BeApproximately(-10 * -5963.181625 * 20 / 365, 1e-4);
    }

    [Fact]
    public void Long_future_is_20_dollars_per_point_and_420k_notional()
    {
        var risk = PositionExposure.Compute(new PositionInput(3, "NQM5", 1, true, 21_000, null, null), 20)!;

        (risk.Exposure, risk.Notional, risk.DollarGamma, risk.DollarVega, risk.ThetaPerDay).Should().Be((20.0, 420_000.0, 0.0, 0.0, 0.0));
    }

    [Fact]
    public void Portfolio_totals_per_underlying_and_overall_count_unpriced_options()
    {
        var positions = new[]
        {
            new PositionInput(1, "NQM5", 1, false, 21_000, AtmCall30d, null),
            new PositionInput(2, "NQM5", -10, false, 21_000, OtmPut7d, null),
            new PositionInput(3, "NQU5", -1, true, 21_200, null, 10),
            new PositionInput(4, "NQU5", 5, false, 21_200, null, null),
        };

        var portfolio = PortfolioTotals.Compute(positions, 20);

        portfolio.UnpricedPositions.Should().Be(1);
        portfolio.PerUnderlying.Select(u => u.Underlying).Should().Equal("NQM5", "NQU5");
        portfolio.PerUnderlying[0].NetExposure.Should().BeApproximately(10.1910 + 53.1862, 0.0001);
        portfolio.PerUnderlying[1].NetExposure.Should().Be(-20);
        portfolio.PerUnderlying[1].NetNotional.Should().Be(-424_000);
        portfolio.Totals.NetExposure.Should().BeApproximately(10.1910 + 53.1862 - 20, 0.0001);
        portfolio.Totals.GrossExposure.Should().BeApproximately(10.1910 + 53.1862 + 20, 0.0001);
        portfolio.Totals.GrossNotional.Should().BeApproximately((63.3772 * 21_000) + 424_000, 2.0);
        portfolio.Totals.StopRisk.Should().Be(200);
    }
}
