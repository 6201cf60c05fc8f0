using FluentAssertions;
using NQStream.Operators.Decision;
using NQStream.Operators.Risk;
using Xunit;

namespace NQStream.Operators.Tests.Risk;

/// <summary>§6.2 on walls and battle zones: the quality score's zone alignment and the <c>levels</c> bracket.</summary>
public sealed class ChainLevelsTests
{
    private const double F = 21_000;

    private static BattleZone Zone(double low, double high, int hedge) =>
        new($"{low}-{high}", low, high, (low + high) / 2, 1_000, 1_000, -hedge * 1e6, 500, ZoneRole.Damping,
            low > F ? ZoneSide.Above : ZoneSide.Below, hedge, false, 1);

    private static ChainLevels Levels(double? callWall, double? putWall, params BattleZone[] zones) =>
        new(F, 0, new WallLevels(callWall, putWall, WallBasis.Oi), zones, []);

    [Fact]
    public void A_zone_on_the_path_with_the_signal_direction_aligns_and_one_against_it_opposes()
    {
        var above = Levels(null, null, Zone(21_020, 21_030, hedge: +1), Zone(21_100, 21_120, hedge: -1));

        above.Alignment(+1, F, 40).Should().Be(ZoneAlignment.Aligned, "only the 21,020–21,030 zone lies on 21,000 → 21,040");
        above.Alignment(+1, F, 100).Should().Be(ZoneAlignment.Opposed, "the path to 21,100 reaches the zone hedging against it");
        above.Alignment(-1, F, 40).Should().Be(ZoneAlignment.NoZone, "no zone below F");
        above.Alignment(0, F, 40).Should().Be(ZoneAlignment.NoZone);
        Levels(null, null, Zone(20_990, 21_010, hedge: 0)).Alignment(+1, F, 40).Should().Be(ZoneAlignment.NoZone, "a zone at the money has h = 0");
        QualityScore.AlignmentX(ZoneAlignment.Aligned).Should().Be(1);
        QualityScore.AlignmentX(ZoneAlignment.NoZone).Should().Be(0.5);
        QualityScore.AlignmentX(ZoneAlignment.Opposed).Should().Be(0);
    }

    [Fact]
    public void The_levels_bracket_targets_the_nearest_level_beyond_the_minimum_and_stops_beyond_the_opposing_one()
    {
        var levels = Levels(21_300, 20_900, Zone(21_010, 21_015, +1), Zone(21_060, 21_080, -1), Zone(20_940, 20_950, +1));

        levels.LevelsBracket(+1, F, minTarget: 20, stopBuffer: 5).Should().Be((60.0, 55.0),
            "21,010 is closer than 20 pts; the zone from 21,060 is next; the stop is the zone ending at 20,950, + 5");
        levels.LevelsBracket(-1, F, 20, 5).Should().Be((50.0, 15.0), "the target is 20,950 (50 pts); the stop the zone from 21,010, + 5");
        levels.LevelsBracket(+1, F, 400, 5).Should().Be((0.0, 55.0), "no level 400 pts above F: no target (the decision rejects the bracket)");
        Levels(21_100, null).LevelsBracket(+1, F, 20, 5).Should().Be((100.0, 0.0), "no level below F: no stop");
        Levels(21_100, 20_900).LevelsBracket(0, F, 20, 5).Should().Be((0.0, 0.0));
    }
}
