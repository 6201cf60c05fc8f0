using FluentAssertions;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class BattleZonesTests
{
    private static readonly BattleZoneSettings Defaults = new();

    // Twelve strikes with OI around F = 21,000; 21,200 and 21,210 are call-heavy with the largest (positive) GEX,
    // and today's flow there is heavy call buying (FE > 0).
    private static List<BattleZoneInput> CallHeavyChain(int gexSign)
    {
        var strikes = new List<BattleZoneInput>();
        for (int i = 0; i < 12; i++)
        {
            double k = 20_900 + (i * 20);
            strikes.Add(new BattleZoneInput(k, 100, 100, gexSign * 1_000_000.0, 10));
        }

        strikes.Add(new BattleZoneInput(21_200, 5_000, 50, gexSign * 90_000_000.0, 900));
        strikes.Add(new BattleZoneInput(21_210, 4_000, 50, gexSign * 80_000_000.0, 700));
        return strikes;
    }

    [Fact]
    public void Call_heavy_zone_above_F_with_bought_calls_is_contested_under_the_default_assumption()
    {
        var zones = BattleZones.Compute(CallHeavyChain(+1), 21_000, Defaults);

        var zone = zones.Should().ContainSingle().Subject;
        zone.KLow.Should().Be(21_200);
        zone.KHigh.Should().Be(21_210);
        zone.ZoneId.Should().Be("21200-21210");
        zone.Gex.Should().Be(170_000_000);
        zone.FeToday.Should().Be(1_600);
        zone.Centre.Should().BeApproximately(((21_200.0 * 5_050) + (21_210.0 * 4_050)) / 9_100, 1e-9);
        zone.Role.Should().Be(ZoneRole.Damping);
        zone.Side.Should().Be(ZoneSide.Above);
        zone.HedgeDirection.Should().Be(-1);
        zone.Contested.Should().BeTrue();
        zone.Strength.Should().Be(1.0);
    }

    [Fact]
    public void Flipping_the_dealer_assumption_flips_h_and_the_label()
    {
        var zone = BattleZones.Compute(CallHeavyChain(-1), 21_000, Defaults).Should().ContainSingle().Subject;

        zone.Role.Should().Be(ZoneRole.Accelerating);
        zone.HedgeDirection.Should().Be(1);
        zone.Contested.Should().BeFalse();
    }

    [Fact]
    public void Strikes_more_than_the_merge_gap_apart_form_separate_zones_ranked_by_strength()
    {
        var strikes = CallHeavyChain(+1);
        strikes.RemoveAt(strikes.Count - 1);
        strikes.Add(new BattleZoneInput(21_250, 4_000, 50, 80_000_000.0, -700));

        var zones = BattleZones.Compute(strikes, 21_000, Defaults);

        zones.Select(z => z.ZoneId).Should().Equal("21200-21200", "21250-21250");
        zones[0].Strength.Should().Be(1.0);
        zones[1].Strength.Should().BeApproximately((700.0 * 80_000_000) / (900.0 * 90_000_000), 1e-12);
        zones[1].Contested.Should().BeFalse(); // sold calls (FE < 0) reinforce the dealers' selling above F
    }

    [Fact]
    public void Flow_below_the_floor_or_strikes_outside_the_band_do_not_qualify()
    {
        var strikes = CallHeavyChain(+1).Select(s => s.Strike >= 21_200 ? s with { FeToday = 99 } : s).ToList();
        BattleZones.Compute(strikes, 21_000, Defaults).Should().BeEmpty();

        // 21,200 is 0.95 % from F = 21,000 but 2.4 % from F = 20,700.
        BattleZones.Compute(CallHeavyChain(+1), 20_700, Defaults).Should().BeEmpty();
    }

    [Fact]
    public void Fewer_than_ten_strikes_with_oi_leave_the_deciles_undefined()
    {
        var strikes = CallHeavyChain(+1).Skip(5).ToList();

        strikes.Count(s => s.OiCall + s.OiPut > 0).Should().Be(9);
        BattleZones.Compute(strikes, 21_000, Defaults).Should().BeEmpty();
    }

    [Fact]
    public void Deciles_and_percentiles_follow_the_documented_definitions()
    {
        BattleZones.TopCut([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.10).Should().Be(10); // ⌈1.1⌉ = 2 largest
        BattleZones.TopCut([5, 5, 5], 0.10).Should().Be(5);
        BattleZones.Percentile([0, 10, 20, 30, 40], 0.80).Should().Be(32);
    }
}
