using FluentAssertions;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

public sealed class WallsAndMaxPainTests
{
    [Fact]
    public void Worked_example_walls_and_max_pain()
    {
        var chain = Chains.WorkedExample();
        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, new GexSettings());

        var walls = Walls.Compute(profile.PerStrike, 21_000, WallBasis.Oi);
        var pain = MaxPain.Compute(chain, 21_000, 20);

        walls.CallWall.Should().Be(21_100);
        walls.PutWall.Should().Be(20_900);
        pain.Should().ContainSingle();
        pain[0].Strike.Should().Be(21_000);
        pain[0].PainPoints.Should().Be(200_000);
        pain[0].PainUsd.Should().Be(4_000_000);
    }

    [Fact]
    public void Pain_at_the_neighbouring_strikes_is_400k_point_contracts()
    {
        var chain = Chains.WorkedExample();

        // At 20,900: puts 21,000 (2,000·100) + 21,100 (1,000·200) = 400,000; at 21,100: calls 1,000·200 + 2,000·100.
        ((double)MaxPain.PainRaw(chain.Rows, 0, 3, chain.Rows[0].StrikeRaw) / 1e9).Should().Be(400_000);
        ((double)MaxPain.PainRaw(chain.Rows, 0, 3, chain.Rows[2].StrikeRaw) / 1e9).Should().Be(400_000);
    }

    [Fact]
    public void Wall_ties_go_to_the_strike_nearest_F_and_an_empty_side_has_no_wall()
    {
        var chain = Chains.Build((20_800, 0, 500), (20_950, 0, 500), (21_050, 700, 0), (21_300, 700, 0));
        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, new GexSettings());

        var walls = Walls.Compute(profile.PerStrike, 21_000, WallBasis.Oi);
        var noPuts = Walls.Compute(profile.PerStrike.Where(s => s.Strike > 21_000).ToList(), 21_000, WallBasis.Oi);

        walls.CallWall.Should().Be(21_050);
        walls.PutWall.Should().Be(20_950);
        noPuts.PutWall.Should().BeNull();
    }

    [Fact]
    public void Gex_basis_ranks_by_the_absolute_gex_of_the_side()
    {
        // A bigger call OI far away (22,500: n(d1) ≈ 0.200) wins on OI but loses on GEX to 21,050 (n(d1) ≈ 0.399):
        // 1,500·0.200 < 1,000·0.399 with the same F·σ·√T denominator.
        var chain = Chains.Build((21_050, 1_000, 0), (22_500, 1_500, 0), (20_950, 0, 10));
        var profile = GammaExposure.Compute(chain, Chains.FlatVol(chain, 0.20), 21_000, new GexSettings());

        Walls.Compute(profile.PerStrike, 21_000, WallBasis.Oi).CallWall.Should().Be(22_500);
        Walls.Compute(profile.PerStrike, 21_000, WallBasis.Gex).CallWall.Should().Be(21_050);
    }

    [Fact]
    public void Max_pain_ties_go_to_the_strike_nearest_F()
    {
        var chain = Chains.Build((20_900, 0, 100), (21_000, 0, 0), (21_100, 100, 0));

        var pain = MaxPain.Compute(chain, 21_020, 20);

        // Every strike from 20,900 to 21,100 has pain 0 at X ∈ [20,900, 21,100]: the nearest to F = 21,020 is 21,000.
        pain[0].Strike.Should().Be(21_000);
        pain[0].PainPoints.Should().Be(0);
    }
}
