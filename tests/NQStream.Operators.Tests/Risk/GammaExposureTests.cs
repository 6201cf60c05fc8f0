using FluentAssertions;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class GammaExposureTests
{
    private static readonly GexSettings Defaults = new();

    [Fact]
    public void Worked_example_of_section_7_2_gives_the_documented_gex_per_strike_and_net()
    {
        var chain = Chains.WorkedExample();

        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, Defaults);

        profile.PerStrike.Select(s => s.Strike).Should().Equal(20_900, 21_000, 21_100);
        profile.PerStrike[0].Gex!.Value.Should().BeApproximately(-57_865_407.13, 0.01);
        profile.PerStrike[1].Gex!.Value.Should().BeApproximately(0.0, 1e-6);
        profile.PerStrike[2].Gex!.Value.Should().BeApproximately(58_143_525.55, 0.01);
        profile.NetGex.Should().BeApproximately(278_118.42, 0.01);
        profile.NetSign.Should().Be(1);
        profile.Signs.Name.Should().Be("long_calls_short_puts");
        profile.ExcludedRows.Should().Be(0);
    }

    [Fact]
    public void Call_and_put_sides_carry_the_dealer_signs()
    {
        var chain = Chains.WorkedExample();

        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, Defaults);

        // 20,900: Γ = 0.0003280352 (§7.2); M·F²·0.01 = 88,200,000 → +1·Γ·1,000 and −1·Γ·3,000.
        double gamma = Black76.Compute(21_000, 20_900, 30.0 / 365.0, 0.045, 0.20, OptionType.Call).Gamma;
        gamma.Should().BeApproximately(0.0003280352, 5e-11);
        double unit = 20.0 * 21_000 * 21_000 * 0.01 * gamma;
        profile.PerStrike[0].CallGex!.Value.Should().BeApproximately(unit * 1_000, 1e-6);
        profile.PerStrike[0].PutGex!.Value.Should().BeApproximately(-unit * 3_000, 1e-6);
    }

    [Fact]
    public void Zero_gamma_grid_interpolation_matches_the_documented_level_and_the_exact_root()
    {
        var chain = Chains.WorkedExample();

        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, Defaults);

        profile.ZeroGamma!.Value.Should().BeApproximately(20_965.26, 0.05);
        // The documented exact root (20,965.27) lies within 0.05 pt of the interpolated grid value.
        profile.ZeroGamma.Value.Should().BeApproximately(20_965.27, 0.05);
    }

    [Fact]
    public void Short_calls_short_puts_makes_every_strike_negative_and_removes_the_flip()
    {
        var chain = Chains.WorkedExample();
        var settings = Defaults with { Signs = DealerSigns.ShortCallsShortPuts };

        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, settings);

        profile.PerStrike.Should().OnlyContain(s => s.Gex < 0);
        // Σ −Γ·(OI_c + OI_p)·88.2e6 with 4,000 contracts per strike.
        double expected = -20.0 * 21_000 * 21_000 * 0.01 * 4_000 * (0.0003280352 + 0.0003299604 + 0.0003296118);
        profile.NetGex.Should().BeApproximately(expected, 1.0);
        profile.ZeroGamma.Should().BeNull();
        profile.NetSign.Should().Be(-1);
    }

    [Fact]
    public void Strikes_without_volatility_are_excluded_and_counted_and_missing_oi_counts_as_zero()
    {
        var chain = Chains.Build((20_900, 1_000, 3_000), (21_000, 0, 0), (21_100, 3_000, 1_000));
        var vols = Chains.FlatVol(chain, 0.20);
        vols[2] = vols[2] with { Volatility = null, Source = IvSource.None };

        var profile = GammaExposure.Compute(chain, vols, 21_000, Defaults);

        profile.ExcludedRows.Should().Be(1);
        profile.PerStrike[2].Gex.Should().BeNull();
        profile.PerStrike[1].Gex.Should().Be(0.0);
        profile.NetGex.Should().BeApproximately(-57_865_407.13, 0.01);
    }

    [Fact]
    public void Gex_sums_expiries_with_their_own_time_to_expiry()
    {
        var builder = new NQStream.Market.Chain.ChainSnapshotBuilder("two expiries").AsOf(0);
        builder.Add(21_000, OptionType.Call, 100, null, null, null, null, 30 * Chains.DayNs);
        builder.Add(21_000, OptionType.Call, 100, null, null, null, null, 7 * Chains.DayNs);
        var chain = builder.Build();
        var vols = chain.Rows.Select(r => new StrikeVolatility(r.StrikeRaw, r.ExpirationNs, r.ExpirationNs!.Value / (365.0 * Chains.DayNs), 0.2, IvSource.Mid)).ToArray();

        var profile = GammaExposure.Compute(chain, vols, 21_000, Defaults);

        double g30 = Black76.Compute(21_000, 21_000, 30 / 365.0, 0.045, 0.2, OptionType.Call).Gamma;
        double g7 = Black76.Compute(21_000, 21_000, 7 / 365.0, 0.045, 0.2, OptionType.Call).Gamma;
        profile.PerStrike.Should().ContainSingle();
        profile.PerStrike[0].OiCall.Should().Be(200);
        profile.NetGex.Should().BeApproximately(88_200_000.0 * 100 * (g30 + g7), 1e-3);
    }
}
