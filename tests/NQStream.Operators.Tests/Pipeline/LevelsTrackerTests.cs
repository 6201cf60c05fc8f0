using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>Walls, GEX and battle zones in the stream, from open-interest records, today's option flow and IVs.</summary>
public sealed class LevelsTrackerTests
{
    private const uint Future = 7;
    private static readonly long Ts = S(1_790_000_000);   // Mon 2026-09-21 14:33 CT
    private static readonly long Day = S(86_400);

    private static Instrument Option(uint id, InstrumentClass cls, double strike) => new()
    {
        InstrumentId = id,
        RawSymbol = $"NQZ6 {(cls == InstrumentClass.Call ? 'C' : 'P')}{strike}",
        Class = cls,
        Root = "NQ",
        StrikeRaw = Fx(strike),
        ExpirationNs = Ts + (30 * Day),
        UnderlyingSymbol = "NQZ6",
        Multiplier = 20,
    };

    private static (LevelsTracker Tracker, InstrumentRegistry Registry) Tracker(params (uint Id, InstrumentClass Cls, double Strike, long Oi)[] options)
    {
        var registry = new InstrumentRegistry();
        registry.Add(new Instrument { InstrumentId = Future, RawSymbol = "NQZ6", Class = InstrumentClass.Future, Root = "NQ" });
        var tracker = new LevelsTracker(registry, new OperatorsOptions());
        foreach (var (id, cls, strike, oi) in options)
        {
            registry.Add(Option(id, cls, strike));
            var e = OpenInterest(id, oi, Ts - S(3_600));
            tracker.OnStatistic(in e);
        }

        return (tracker, registry);
    }

    [Fact]
    public void The_worked_example_of_section_7_2_gives_its_gex_per_strike_and_walls()
    {
        var (tracker, _) = Tracker(
            (11, InstrumentClass.Call, 20_900, 1_000), (12, InstrumentClass.Call, 21_000, 2_000), (13, InstrumentClass.Call, 21_100, 3_000),
            (21, InstrumentClass.Put, 20_900, 3_000), (22, InstrumentClass.Put, 21_000, 2_000), (23, InstrumentClass.Put, 21_100, 1_000));

        tracker.Levels(Future, 21_000, Ts - S(61), atmIv: 0.20).PerStrike.Should().OnlyContain(s => s.Gex == null,
            "no strike of the band has flow ≥ flow_min_fe, so no zone can exist and nothing reads GEX (OI-ranked walls)");
        tracker.OnOptionFlow(12, Ts - S(30), fe: 150, iv: null);
        var levels = tracker.Levels(Future, 21_000, Ts, atmIv: 0.20);   // T = 30/365 exactly

        levels.PerStrike.Select(s => s.Strike).Should().Equal(20_900, 21_000, 21_100);
        levels.PerStrike[0].Gex!.Value.Should().BeApproximately(-57_865_407.13, 0.01);
        levels.PerStrike[1].Gex!.Value.Should().BeApproximately(0.0, 1e-6);
        levels.PerStrike[2].Gex!.Value.Should().BeApproximately(58_143_525.55, 0.01);
        (levels.Walls.CallWall, levels.Walls.PutWall).Should().Be((21_100, 20_900));
        levels.Zones.Should().BeEmpty("fewer than 10 strikes with OI leave the deciles undefined");
        tracker.Levels(Future, 21_000, Ts + S(59), atmIv: null).PerStrike[0].Gex.Should().NotBeNull("cached for gex.recompute_interval (60 s)");
        tracker.Computations.Should().Be(2);

        var unpriced = tracker.Levels(Future, 21_000, Ts + S(60), atmIv: null);
        unpriced.PerStrike.Should().OnlyContain(s => s.Gex == null, "no option has an IV of its own and no ATM IV is known");
        (unpriced.Walls.CallWall, unpriced.Walls.PutWall).Should().Be((21_100, 20_900), "walls rank open interest");
        tracker.OnOptionFlow(13, Ts + S(61), fe: 0, iv: 0.20);
        var oneIv = tracker.Levels(Future, 21_000, Ts + S(200), atmIv: null);
        oneIv.PerStrike[2].CallGex.Should().NotBeNull("the 21100 call has its own IV now");
        oneIv.PerStrike[2].PutGex.Should().BeNull();
        oneIv.PerStrike[0].Gex.Should().BeNull();
    }

    [Fact]
    public void Open_interest_updates_recompute_at_once_and_a_delete_counts_as_zero()
    {
        var (tracker, _) = Tracker((11, InstrumentClass.Call, 21_100, 1_000), (12, InstrumentClass.Call, 21_200, 2_000), (21, InstrumentClass.Put, 20_900, 500));
        tracker.Levels(Future, 21_000, Ts, null).Walls.CallWall.Should().Be(21_200);

        var more = OpenInterest(11, 5_000, Ts + S(1));
        tracker.OnStatistic(in more);
        tracker.Levels(Future, 21_000, Ts + S(2), null).Walls.CallWall.Should().Be(21_100, "an OI load invalidates the 60 s cache");
        var delete = OpenInterest(11, 0, Ts + S(3), action: 2);
        tracker.OnStatistic(in delete);
        var after = tracker.Levels(Future, 21_000, Ts + S(4), null);
        after.Walls.CallWall.Should().Be(21_200);
        after.PerStrike.Single(s => s.Strike == 21_100).OiCall.Should().Be(0);
        tracker.Computations.Should().Be(3);
    }

    [Fact]
    public void Todays_flow_makes_a_battle_zone_and_the_next_trade_date_starts_from_zero()
    {
        // Twelve strikes with OI; 21,100 holds the top call and put OI (more calls) and today's heavy buying of its call.
        var options = new List<(uint, InstrumentClass, double, long)>();
        for (uint i = 0; i < 12; i++)
        {
            double k = 20_880 + (i * 20);
            options.Add((100 + i, InstrumentClass.Call, k, k == 21_100 ? 9_000 : 100));
            options.Add((200 + i, InstrumentClass.Put, k, k == 21_100 ? 6_000 : 100));
        }

        var (tracker, _) = Tracker([.. options]);
        uint call21100 = 100 + 11;
        tracker.OnOptionFlow(call21100, Ts, fe: 90, iv: 0.2);
        tracker.OnOptionFlow(call21100, Ts + S(1), fe: 60, iv: null);

        var zone = tracker.Levels(Future, 21_000, Ts + S(2), 0.2).Zones.Should().ContainSingle().Subject;
        (zone.KLow, zone.KHigh, zone.FeToday).Should().Be((21_100, 21_100, 150));
        zone.Side.Should().Be(NQStream.Operators.Risk.ZoneSide.Above);
        zone.Gex.Should().BeGreaterThan(0, "dealers long the calls, short the puts, and 3,000 more calls than puts");
        zone.HedgeDirection.Should().Be(-1, "h = −sign(G)·sign(centre − F): long dealer gamma above F sells into a rally");
        zone.Contested.Should().BeTrue("bought calls (FE > 0) fight the dealers' selling (§7.4 validation)");

        tracker.Levels(Future, 21_000, Ts + Day, 0.2).Zones.Should().BeEmpty("FE counts today's events only (§7.4)");
    }
}
