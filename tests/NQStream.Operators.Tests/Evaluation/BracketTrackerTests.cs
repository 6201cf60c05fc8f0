using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

/// <summary>§6.1 bracket resolution on synthetic mid paths (target 10, stop 10, horizon 15 min).</summary>
public sealed class BracketTrackerTests
{
    private const long S = 1_000_000_000;
    private const long Min = 60 * S;
    private const uint Nq = 7;
    private const uint Es = 8;

    private readonly List<BracketOutcome> _out = [];
    private readonly BracketTracker _t = new(new AccuracyOptions());
    private ListSink _sink;

    public BracketTrackerTests() => _sink = new ListSink(_out);

    private void Mid(uint u, long ts, double mid) => _t.OnMid(u, ts, mid, ref _sink);

    private void Advance(long ts) => _t.AdvanceTo(ts, ref _sink);

    private void Flush() => _t.Flush(ref _sink);

    [Fact]
    public void Bullish_hit_is_final_once_event_time_moves_past_the_deciding_mid()
    {
        _t.Track("a", 0, Nq, +1, 21000);
        Mid(Nq, 1 * S, 21004);
        Mid(Nq, 2 * S, 20993.5);      // adverse 6.5, inside the stop
        Mid(Nq, 3 * S, 21010);        // d·(mid − F0) = 10 ≥ target: pending until ts moves on
        _out.Should().BeEmpty();
        Mid(Nq, 3 * S, 21012);        // same ts_event, still inside the update
        Mid(Nq, 4 * S, 20980);        // after the update: too late to turn the hit into a miss

        _out.Should().Equal(new BracketOutcome("a", Nq, 0, 3 * S, BracketResolution.Hit, 1, 21000, 21010, 12, 6.5));
        _t.OpenCount.Should().Be(0);
    }

    [Fact]
    public void Stop_first_is_a_miss_emitted_at_once()
    {
        _t.Track("a", 0, Nq, +1, 21000);
        Mid(Nq, 1 * S, 21009.75);
        Mid(Nq, 2 * S, 20990);        // −10 ≤ −stop
        _out.Should().Equal(new BracketOutcome("a", Nq, 0, 2 * S, BracketResolution.Miss, 1, 21000, 20990, 9.75, 10));
        Mid(Nq, 3 * S, 21020);
        _out.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(21010.0, 20990.0, 10.0)]  // target then stop inside one ts_event: the stop mid decides
    [InlineData(20990.0, 21010.0, 0.0)]   // stop then target: the stop mid decides at once, the target mid is not applied
    public void Both_crossed_within_the_same_update_is_a_miss(double first, double second, double favourable)
    {
        _t.Track("a", 0, Nq, +1, 21000);
        Mid(Nq, 5 * S, first);
        Mid(Nq, 5 * S, second);
        Advance(6 * S);
        Flush();
        _out.Should().ContainSingle().Which.Should().Be(
            new BracketOutcome("a", Nq, 0, 5 * S, BracketResolution.Miss, 1, 21000, 20990, favourable, 10));
    }

    [Fact]
    public void Bearish_direction_hits_on_a_fall_and_misses_on_a_rise()
    {
        _t.Track("down-hit", 0, Nq, -1, 21000);
        _t.Track("down-miss", 0, Es, -1, 6000);
        Mid(Nq, 1 * S, 21003);        // adverse 3 for a bearish bracket
        Mid(Nq, 2 * S, 20990);        // favourable 10
        Mid(Es, 3 * S, 6010.25);      // adverse 10.25
        _out.Should().Equal(
            new BracketOutcome("down-hit", Nq, 0, 2 * S, BracketResolution.Hit, -1, 21000, 20990, 10, 3),
            new BracketOutcome("down-miss", Es, 0, 3 * S, BracketResolution.Miss, -1, 6000, 6010.25, 0, 10.25));
    }

    [Fact]
    public void Timeout_when_event_time_passes_the_horizon_a_mid_at_the_horizon_still_counts()
    {
        _t.Track("edge", 0, Nq, +1, 21000);
        _t.Track("late", 1 * S, Nq, +1, 21000);
        Mid(Nq, 10 * Min, 21005);
        Mid(Nq, 15 * Min, 21010);     // t0 + horizon of "edge": inside; for "late" too
        Advance((15 * Min) + 1);
        _out.Should().Equal(
            new BracketOutcome("edge", Nq, 0, 15 * Min, BracketResolution.Hit, 1, 21000, 21010, 10, 0),
            new BracketOutcome("late", Nq, 1 * S, 15 * Min, BracketResolution.Hit, 1, 21000, 21010, 10, 0));
        _out.Clear();

        _t.Track("slow", 20 * Min, Nq, +1, 21000);
        Mid(Nq, 25 * Min, 21009);
        Mid(Nq, 30 * Min, 20991);
        Mid(Nq, (35 * Min) + 1, 21050);   // after t0 + horizon: releases the timeout first, then is not applied
        _out.Should().Equal(
            new BracketOutcome("slow", Nq, 20 * Min, 35 * Min, BracketResolution.Timeout, 1, 21000, 20991, 9, 9));
    }

    [Fact]
    public void Timeouts_are_released_by_any_underlying_or_a_heartbeat_in_deadline_order()
    {
        _t.Track("es-1", 2 * S, Es, +1, 6000);
        _t.Track("nq-1", 1 * S, Nq, -1, 21000);
        _t.Track("nq-2", 2 * S, Nq, +1, 21000);
        Mid(Es, (15 * Min) + (1 * S) + 1, 6001);   // only nq-1's horizon has passed
        _out.Select(o => (o.SignalId, o.Resolution, o.ResolvedTs)).Should().Equal(("nq-1", BracketResolution.Timeout, (15 * Min) + (1 * S)));
        _out.Single().ResolvedMid.Should().Be(double.NaN, "the bracket saw no mid of its underlying");
        _out.Clear();

        Advance((15 * Min) + (2 * S) + 1);          // es-1 and nq-2 share a deadline: registration order decides
        _out.Select(o => o.SignalId).Should().Equal("es-1", "nq-2");
        _out.Should().OnlyContain(o => o.Resolution == BracketResolution.Timeout && o.ResolvedTs == (15 * Min) + (2 * S));
        _out.First().ResolvedMid.Should().Be(6001, "es-1 saw the ES mid at 15 min + 1 s");
    }

    [Fact]
    public void A_gap_without_mids_runs_the_horizon_on_in_event_time()
    {
        _t.Track("gap-timeout", 0, Nq, +1, 21000);
        _t.Track("gap-jump", 10 * Min, Nq, +1, 21000);
        Mid(Nq, 1 * S, 21002);
        Mid(Nq, 20 * Min, 21025);      // first mid after the break: beyond gap-timeout's horizon, a jump over gap-jump's target
        Advance(21 * Min);
        _out.Should().Equal(
            new BracketOutcome("gap-timeout", Nq, 0, 15 * Min, BracketResolution.Timeout, 1, 21000, 21002, 2, 0),
            new BracketOutcome("gap-jump", Nq, 10 * Min, 20 * Min, BracketResolution.Hit, 1, 21000, 21025, 25, 0));
    }

    [Fact]
    public void Mids_at_the_signal_time_are_not_after_it()
    {
        _t.Track("a", 5 * S, Nq, +1, 21000);
        Mid(Nq, 5 * S, 20980);
        Mid(Nq, 4 * S, 20980);        // stamped earlier than event time: taken at 5 s, still not after t0
        Mid(Nq, 6 * S, 21000.5);
        Flush();
        _out.Should().Equal(new BracketOutcome("a", Nq, 5 * S, 6 * S, BracketResolution.Unresolved, 1, 21000, 21000.5, 0.5, 0));
    }

    [Fact]
    public void Several_open_brackets_on_one_underlying_resolve_independently_in_a_fixed_order()
    {
        _t.Track("b1", 0, Nq, +1, 21000);
        _t.Track("b2", 1 * S, Nq, -1, 21000);
        _t.Track("b3", 2 * S, Nq, +1, 20995);
        _t.Track("b4", 3 * S, Nq, -1, 21015);
        Mid(Nq, 4 * S, 21010);   // b1 +10 pending; b2 −10 miss; b3 +15 pending; b4 +5 favourable
        _out.Select(o => o.SignalId).Should().Equal("b2");
        Mid(Nq, 5 * S, 21005);   // releases b1 and b3 (resolved at 4 s, in registration order); b4 +10 pending
        Mid(Nq, 5 * S, 21026);   // same update: b4 −11 → miss, emitted at once
        Flush();

        _out.Should().Equal(
            new BracketOutcome("b2", Nq, 1 * S, 4 * S, BracketResolution.Miss, -1, 21000, 21010, 0, 10),
            new BracketOutcome("b1", Nq, 0, 4 * S, BracketResolution.Hit, 1, 21000, 21010, 10, 0),
            new BracketOutcome("b3", Nq, 2 * S, 4 * S, BracketResolution.Hit, 1, 20995, 21010, 15, 0),
            new BracketOutcome("b4", Nq, 3 * S, 5 * S, BracketResolution.Miss, -1, 21015, 21026, 10, 11));
        _t.OpenCount.Should().Be(0);
    }

    [Fact]
    public void Flush_reports_pending_hits_finished_horizons_and_unresolved_brackets()
    {
        _t.Track("pending", 0, Nq, +1, 21000);
        _t.Track("done", 0, Es, +1, 6000);
        _t.Track("open", 10 * Min, Es, -1, 6000);
        _t.Track("unseen", 20 * Min, Nq, +1, 21000);
        Mid(Es, 15 * Min, 6004);      // exactly t0 + horizon of "done": the data covered its whole horizon
        Mid(Nq, 15 * Min, 21011);
        Flush();

        _out.Should().Equal(
            new BracketOutcome("pending", Nq, 0, 15 * Min, BracketResolution.Hit, 1, 21000, 21011, 11, 0),
            new BracketOutcome("done", Es, 0, 15 * Min, BracketResolution.Timeout, 1, 6000, 6004, 4, 0),
            new BracketOutcome("open", Es, 10 * Min, 15 * Min, BracketResolution.Unresolved, -1, 6000, 6004, 0, 4),
            new BracketOutcome("unseen", Nq, 20 * Min, 20 * Min, BracketResolution.Unresolved, 1, 21000, double.NaN, 0, 0));
        _t.OpenCount.Should().Be(0);
        _out.Clear();
        Flush();
        _out.Should().BeEmpty();
    }

    [Fact]
    public void Bad_input_fails_fast_with_context()
    {
        ((Action)(() => _t.Track("x", 0, Nq, 0, 21000))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("signal x: direction must be +1 (bullish) or -1 (bearish)*");
        ((Action)(() => _t.Track("x", 0, Nq, 1, double.NaN))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("signal x: F0 must be a finite mid*");
        var sink = new ListSink(_out);
        ((Action)(() => _t.OnMid(Nq, 42, double.PositiveInfinity, ref sink))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("underlying 7 at ts_event 42: a mid must be finite*");
        ((Action)(() => _ = new BracketTracker(10, 0, TimeSpan.FromMinutes(1)))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("stop must be*");
    }

    [Fact]
    public void Explicit_bracket_uses_its_own_target_stop_and_horizon()
    {
        var t = new BracketTracker(40, 20, TimeSpan.FromMinutes(60));
        t.HorizonNs.Should().Be(60 * Min);
        var sink = new ListSink(_out);
        t.Track("ev", 0, Nq, +1, 21000);
        t.OnMid(Nq, 30 * Min, 21039, ref sink);
        t.OnMid(Nq, 59 * Min, 20981, ref sink);
        t.OnMid(Nq, 60 * Min, 21040, ref sink);
        t.Flush(ref sink);
        _out.Should().Equal(new BracketOutcome("ev", Nq, 0, 60 * Min, BracketResolution.Hit, 1, 21000, 21040, 40, 19));
    }

    [Fact]
    public void Steady_state_allocates_nothing_per_mid()
    {
        var t = new BracketTracker(new AccuracyOptions());
        var sink = new CountingSink();
        string[] ids = Enumerable.Range(0, 16).Select(i => "s" + i).ToArray();
        long ts = 0;
        void Cycle(ref CountingSink s)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                t.Track(ids[i], ts, i % 2 == 0 ? Nq : Es, i % 3 == 0 ? -1 : 1, 21000);
            }

            for (var k = 0; k < 200; k++)
            {
                ts += S;
                t.OnMid(k % 2 == 0 ? Nq : Es, ts, 21000 + ((k % 7) - 3), ref s);
            }

            t.OnMid(Nq, ts + S, 21015, ref s);
            t.OnMid(Es, ts + S, 20985, ref s);
            ts += 20 * Min;
            t.AdvanceTo(ts, ref s);
        }

        for (var w = 0; w < 50; w++)
        {
            Cycle(ref sink);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var w = 0; w < 200; w++)
        {
            Cycle(ref sink);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        sink.Count.Should().Be(250 * 16);
        t.OpenCount.Should().Be(0);
    }

    private struct ListSink(List<BracketOutcome> items) : IOperatorSink<BracketOutcome>
    {
        public readonly void Emit(in BracketOutcome item) => items.Add(item);
    }

    private struct CountingSink : IOperatorSink<BracketOutcome>
    {
        public long Count;

        public void Emit(in BracketOutcome item) => Count++;
    }
}
