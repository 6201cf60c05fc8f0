using FluentAssertions;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>
/// The signal chain end to end on hand-built MBO: NQZ6 at 21,000 (mid), calls 21000 and 21600 expiring in 30 days,
/// a $240,000 buy-aggressor block in each, and a 2-lot. Both blocks are signals (institutional size); the 2-lot is not.
/// </summary>
public sealed class IfdPipelineTests
{
    private static readonly long Ts = S(1_790_000_000);   // Mon 2026-09-21 14:33 CT, inside the session

    private static Instrument Future() => new() { InstrumentId = 7, RawSymbol = "NQZ6", Class = InstrumentClass.Future, Root = "NQ" };

    private static Instrument Call(uint id, double strike, InstrumentClass cls = InstrumentClass.Call) => new()
    {
        InstrumentId = id,
        RawSymbol = $"NQZ6 {(cls == InstrumentClass.Call ? 'C' : 'P')}{strike}",
        Class = cls,
        Root = "NQ",
        StrikeRaw = Fx(strike),
        ExpirationNs = Ts + S(30 * 86_400),
        UnderlyingSymbol = "NQZ6",
        Multiplier = 20,
    };

    private static List<MarketEvent> Session()
    {
        var t = Ts;
        uint seq = 0;
        return
        [
            Rec('A', 'B', 20999.75, 5, t, ++seq, instrument: 7, orderId: 1),
            Rec('A', 'A', 21000.25, 5, t, ++seq, instrument: 7, orderId: 2, last: true),
            Rec('A', 'B', 199.00, 5, t, ++seq, instrument: 11, orderId: 10),
            Rec('A', 'A', 200.00, 100, t, ++seq, instrument: 11, orderId: 11, last: true),
            Rec('A', 'A', 4.00, 3000, t, ++seq, instrument: 12, orderId: 12, last: true),
            Rec('A', 'A', 21000.25, 1, t + S(1), ++seq, instrument: 7, orderId: 3, last: true),
            // 2-lot: no signal.
            Rec('T', 'B', 200.00, 2, t + S(2), ++seq, instrument: 11),
            Rec('F', 'A', 200.00, 2, t + S(2), ++seq, instrument: 11, orderId: 11, last: true),
            // $240,000 block in the ATM call.
            Rec('T', 'B', 200.00, 60, t + S(3), ++seq, instrument: 11),
            Rec('F', 'A', 200.00, 60, t + S(3), ++seq, instrument: 11, orderId: 11, last: true),
            // 3,000 lots of the 21600 call (2.9 % away) at 4.00 = $240,000: outside the distance filter.
            Rec('T', 'B', 4.00, 3000, t + S(4), ++seq, instrument: 12),
            Rec('F', 'A', 4.00, 3000, t + S(4), ++seq, instrument: 12, orderId: 12, last: true),
        ];
    }

    private static (List<Signal> Signals, List<SignalContext> Contexts, IfdPipeline Pipeline) Run(OperatorsOptions options) => Run(options, new ListSink(), []);

    private static (List<Signal> Signals, List<SignalContext> Contexts, IfdPipeline Pipeline) Run(OperatorsOptions options, ListSink list, MarketEvent[] after, IIfdSink? sink = null, MarketEvent[]? before = null)
    {
        var p = new IfdPipeline(options, null, sink ?? list);
        p.OnDefinition(Future());
        p.OnDefinition(Call(11, 21000));
        p.OnDefinition(Call(12, 21600));
        p.OnDefinition(Call(13, 21100));
        p.OnDefinition(Call(21, 20900, InstrumentClass.Put));
        foreach (var e in (before ?? []).Concat(Session()).Concat(after))
        {
            var r = e;
            p.OnEvent(in r);
        }

        p.Finish();
        return (list.Signals, list.Contexts, p);
    }

    /// <summary>Defaults, except the emergency threshold: 3,060 lots of calls are an emergency of their own (below).</summary>
    private static OperatorsOptions NoEmergency(OperatorsOptions? o = null) => new()
    {
        SizeFilter = o?.SizeFilter ?? new SizeFilterOptions(),
        MmScore = o?.MmScore ?? new MmScoreOptions(),
        Distance = o?.Distance ?? new DistanceOptions(),
        Emergency = new EmergencyOptions { Threshold = 1_000_000 },
    };

    [Fact]
    public void Both_institutional_blocks_are_signals_with_their_features_and_decision()
    {
        var (signals, contexts, p) = Run(NoEmergency());

        signals.Select(x => x.InstrumentId).Should().Equal(11u, 12u);
        signals[1].Features.Should().Contain(new SignalFeature("distance_pct", 2.857));
        var s = signals[0];
        s.Kind.Should().Be(SignalKind.Block);
        s.InstrumentId.Should().Be(11u);
        s.UnderlyingId.Should().Be(7u);
        s.TsEvent.Should().Be(Ts + S(3));
        s.Direction.Should().Be(SignalDirection.Bullish);
        s.Priority.Should().Be(SignalPriority.Medium, "institutional size, no baseline so no ratio class");
        s.Class.Should().Be(RatioClass.None);
        s.Features.Should().Contain(new SignalFeature("premium_usd", 240_000));
        s.Features.Should().Contain(new SignalFeature("qty", 60));
        s.Features.Should().Contain(new SignalFeature("levels", 1));
        s.Rationale.Should().StartWith("BLOCK BULLISH NQZ6 C21000 class=NONE priority=MEDIUM: premium_usd=240000, qty=60, levels=1");
        s.ParameterSetId.Should().Be(p.ParameterSetId);
        s.Target.Should().Be(40);
        s.Stop.Should().Be(20);
        s.Probability.Should().BeLessThan(0.60, "uncalibrated: the option-implied prior is deliberately conservative (§6.2)");
        s.Rationale.Should().Contain("; REJECT ").And.Contain("P_BELOW_MIN: p=", "the rationale ends with the decision and its reasons");
        s.Size.Should().Be(0);
        s.Features.Should().Contain(new SignalFeature("bias_day", 1)).And.Contain(new SignalFeature("bias_rolling", 1),
            "§7.5: the only institutional event so far is this $240,000 call buy (bullish); the 2-lot is under the size filter");
        contexts[0].UnderlyingSymbol.Should().Be("NQZ6");
        contexts[0].Futures.Should().Be(21000);
        p.AggressorEvents.Should().Be(3);
        p.EnrichedOptionEvents.Should().Be(3);
        p.SignalsByKind[(int)SignalKind.Block].Should().Be(2);
        var sink = new ListSink();
        Run(NoEmergency(), sink, []);
        var tenSeconds = sink.Underlying.Where(u => u.Window.EndNs - u.Window.StartNs == S(10)).ToList();
        tenSeconds.Should().ContainSingle("all three option events fall in one 10 s window of NQZ6");
        tenSeconds[0].Symbol.Should().Be("NQZ6");
        tenSeconds[0].Window.NEvents.Should().Be(3);
        tenSeconds[0].Window.FeNet.Should().BeApproximately(signals.Sum(x => x.DollarDelta) / 20 + (2 * 0.5029), 0.01);
    }

    [Fact]
    public void The_same_input_gives_the_same_signals_and_other_parameters_change_them()
    {
        var a = Run(NoEmergency()).Signals;
        var b = Run(NoEmergency()).Signals;
        b.Select(x => x.Id).Should().Equal(a.Select(x => x.Id));
        b.Select(x => x.Rationale).Should().Equal(a.Select(x => x.Rationale));

        var strict = new OperatorsOptions
        {
            SizeFilter = new SizeFilterOptions { MinPremiumUsd = 250_000 },
            MmScore = new MmScoreOptions { InstitutionalMin = 0.9 },
        };
        var (none, _, p) = Run(NoEmergency(strict));
        none.Should().BeEmpty("$240,000 is under a $250,000 size filter and scores under 0.9");
        p.ParameterSetId.Should().NotBe(new IfdPipeline(new OperatorsOptions(), null, new ListSink()).ParameterSetId);

        var wide = Run(NoEmergency(new OperatorsOptions { Distance = new DistanceOptions { MaxDistance = 0.05 } })).Signals;
        wide.Select(x => x.InstrumentId).Should().Equal(11u, 12u);
        wide[0].Id.Should().NotBe(a[0].Id, "the parameter set is part of the id");
    }

    [Fact]
    public void The_levels_bracket_policy_sets_target_and_stop_from_the_walls_of_the_open_interest()
    {
        MarketEvent[] openInterest =
        [
            OpenInterest(11, 500, Ts - S(3_600)), OpenInterest(12, 2_000, Ts - S(3_600)), OpenInterest(13, 4_000, Ts - S(3_600)),
            OpenInterest(21, 3_000, Ts - S(3_600)),
        ];
        var levels = new OperatorsOptions
        {
            Emergency = new EmergencyOptions { Threshold = 1_000_000 },
            ExpectedValue = new ExpectedValueOptions { BracketPolicy = BracketPolicy.Levels },
        };

        var fixedBracket = Run(NoEmergency(), new ListSink(), [], before: openInterest);
        var (signals, _, p) = Run(levels, new ListSink(), [], before: openInterest);

        fixedBracket.Signals[0].Target.Should().Be(40);
        var s = signals[0];
        s.Direction.Should().Be(SignalDirection.Bullish);
        s.Target.Should().Be(100, "the call wall is 21100 (4,000 calls at or above F = 21,000; 21600 holds 2,000)");
        s.Stop.Should().Be(105, "the put wall 20900 is 100 pts below F, plus levels_stop_buffer 5");
        s.Features.Should().Contain(new SignalFeature("zones", 0)).And.Contain(new SignalFeature("zone_alignment", 0.5));
        s.Features.Should().Contain(f => f.Name == "quality").And.Contain(f => f.Name == "accepted").And.Contain(f => f.Name == "quality_setup");
        p.ParameterSetId.Should().NotBe(fixedBracket.Pipeline.ParameterSetId);
        var noWalls = Run(levels, new ListSink(), []).Signals[0];
        noWalls.Target.Should().Be(0, "no open interest, no walls: no target");
        noWalls.Rationale.Should().Contain("REJECT INVALID_BRACKET: target=0, stop=0");
    }

    [Fact]
    public void Option_delta_bought_on_one_underlying_past_the_threshold_is_an_immediate_emergency()
    {
        var (signals, _, _) = Run(new OperatorsOptions());

        var em = signals.Should().ContainSingle(x => x.Kind == SignalKind.Emergency).Subject;
        em.InstrumentId.Should().Be(7u, "an emergency is raised on the underlying future");
        em.Priority.Should().Be(SignalPriority.Immediate);
        em.Direction.Should().Be(SignalDirection.Bullish);
        em.TsEvent.Should().Be(Ts + S(4), "the 3,000-lot print carries X past 5,000 (x100 unit)");
        var x = em.Features.Single(f => f.Name == "x").Value;
        x.Should().BeGreaterThanOrEqualTo(5_000);
        x.Should().BeApproximately(100 * em.Features.Single(f => f.Name == "fe_net").Value, 0.1, "both are rounded to 3 decimals");
    }

    [Fact]
    public void Signals_reach_rx_observers_and_the_bracket_resolves_on_the_futures_mids()
    {
        var list = new ListSink();
        using var stream = new SignalStream(list);
        var observed = new List<Signal>();
        var completed = false;
        using var subscription = stream.Subscribe(observed.Add, () => completed = true);
        MarketEvent[] rally =
        [
            // NQZ6 bid 21010.00 / ask 21010.25 one minute later: mid 21010.125 ≥ F0 + 10 → HIT for the bullish block.
            Rec('A', 'B', 21010.00, 5, Ts + S(60), 100, instrument: 7, orderId: 20),
            Rec('C', 'A', 21000.25, 5, Ts + S(60), 101, instrument: 7, orderId: 2),
            Rec('C', 'A', 21000.25, 1, Ts + S(60), 102, instrument: 7, orderId: 3),
            Rec('A', 'A', 21010.25, 5, Ts + S(60), 103, instrument: 7, orderId: 21, last: true),
        ];

        Run(NoEmergency(), list, rally, stream);
        stream.Complete();

        observed.Select(x => x.Id).Should().Equal(list.Signals.Select(x => x.Id));
        completed.Should().BeTrue();
        list.Outcomes.Select(o => o.SignalId).Should().Equal(list.Signals.Select(x => x.Id));
        foreach (var outcome in list.Outcomes)
        {
            outcome.Resolution.Should().Be(BracketResolution.Hit);
            outcome.F0.Should().Be(21000);
            outcome.ResolvedMid.Should().Be(21010.125);
            outcome.ResolvedTs.Should().Be(Ts + S(60));
        }
    }

    private sealed class ListSink : IIfdSink
    {
        public List<Signal> Signals { get; } = [];

        public List<SignalContext> Contexts { get; } = [];

        public void OnSignal(Signal signal, SignalContext context)
        {
            Signals.Add(signal);
            Contexts.Add(context);
        }

        public void OnOfiWindow(uint instrumentId, in OfiWindow window)
        {
        }

        public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window)
        {
        }

        public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol) => Outcomes.Add(outcome);

        public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol) => Underlying.Add((window, underlyingSymbol));

        public List<(DeltaFlowWindow Window, string Symbol)> Underlying { get; } = [];

        public void OnBucketClose(in BucketRatio bucket) => Buckets.Add(bucket);

        public List<BucketRatio> Buckets { get; } = [];

        public List<BracketOutcome> Outcomes { get; } = [];
    }
}
