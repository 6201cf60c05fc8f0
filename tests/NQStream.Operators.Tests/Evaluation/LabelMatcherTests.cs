using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

public sealed class LabelMatcherTests
{
    private const long S = 1_000_000_000;

    private static Signal Sig(SignalKind kind, uint instrument, long ts) => new()
    {
        Id = SignalId.Compute(kind, instrument, ts, [], "p"),
        TsEvent = ts,
        UnderlyingId = 1,
        InstrumentId = instrument,
        RawSymbol = "X",
        Kind = kind,
        Direction = SignalDirection.Bullish,
        Class = RatioClass.High,
        Priority = SignalPriority.High,
        Confidence = 0.9,
        Score = 0.7,
        Features = [],
        Rationale = "test",
        ParameterSetId = "p",
    };

    [Fact]
    public void Precision_and_recall_per_kind_with_window_and_covered_range()
    {
        GroundTruthLabel[] labels =
        [
            new("L1", 1000 * S, 10, SignalKind.Sweep, true),
            new("L2", 5000 * S, 10, SignalKind.Sweep, false),
            new("L3", 2000 * S, 11, SignalKind.Block, true),
            new("L4", 3000 * S, 12, SignalKind.VolumeShock, true),
            new("L5", 99_999 * S, 10, SignalKind.Sweep, true),     // outside the covered range: not counted
            new("L6", 4000 * S, 1, SignalKind.Emergency, true),
        ];
        Signal[] signals =
        [
            Sig(SignalKind.Sweep, 10, 1001 * S),                   // L1
            Sig(SignalKind.Sweep, 10, (1001 * S) + (S / 2)),       // L1 again (upgrade)
            Sig(SignalKind.Sweep, 10, 3000 * S),                   // nothing
            Sig(SignalKind.Block, 12, 2000 * S),                   // wrong instrument
            Sig(SignalKind.VolumeShock, 12, 2999 * S),             // 1 s before L4
            Sig(SignalKind.Sweep, 99, 99_999 * S),                 // outside range
            Sig(SignalKind.Emergency, 1, 4002 * S),                // exactly at the window edge
        ];

        var r = LabelMatcher.Match(signals, labels, TimeSpan.FromSeconds(2), 0, 10_000 * S);

        r.Select(k => k.Kind).Should().Equal(SignalKind.VolumeShock, SignalKind.Sweep, SignalKind.Block, SignalKind.Iceberg, SignalKind.Emergency);
        r[1].Should().Be(new KindMatchScore(SignalKind.Sweep, 3, 2, 2, 1, 2.0 / 3, 0.5));
        r[2].Should().Be(new KindMatchScore(SignalKind.Block, 1, 0, 1, 0, 0, 0));
        r[0].Should().Be(new KindMatchScore(SignalKind.VolumeShock, 1, 1, 1, 1, 1, 1));
        r[3].Should().Be(new KindMatchScore(SignalKind.Iceberg, 0, 0, 0, 0, null, null));
        r[4].Should().Be(new KindMatchScore(SignalKind.Emergency, 1, 1, 1, 1, 1, 1));
    }

    [Fact]
    public void A_signal_just_outside_the_window_does_not_match()
    {
        GroundTruthLabel[] labels = [new("L", 100 * S, 7, SignalKind.Block, true)];
        var r = LabelMatcher.Match([Sig(SignalKind.Block, 7, (102 * S) + 1)], labels, TimeSpan.FromSeconds(2), 0, 1000 * S);
        r[(int)SignalKind.Block].Should().Be(new KindMatchScore(SignalKind.Block, 1, 0, 1, 0, 0, 0));
    }

    [Fact]
    public void A_label_matches_over_its_whole_span_plus_the_window_either_side()
    {
        GroundTruthLabel[] labels =
        [
            new GroundTruthLabel("sliced", 100 * S, 7, SignalKind.Iceberg, false) { TsEventLast = 400 * S },
            new GroundTruthLabel("short", 1000 * S, 7, SignalKind.Iceberg, true),
            new GroundTruthLabel("later", 420 * S, 7, SignalKind.Iceberg, true),
        ];
        Signal[] signals =
        [
            Sig(SignalKind.Iceberg, 7, 98 * S),             // 0: window before the start of "sliced"
            Sig(SignalKind.Iceberg, 7, (98 * S) - 1),       // 1: 1 ns too early
            Sig(SignalKind.Iceberg, 7, 250 * S),            // 2: inside the span
            Sig(SignalKind.Iceberg, 7, 402 * S),            // 3: ts_event_last + window
            Sig(SignalKind.Iceberg, 7, (402 * S) + 1),      // 4: 1 ns too late for "sliced", too early for "later"
            Sig(SignalKind.Iceberg, 7, 418 * S),            // 5: "later" only (informed)
            Sig(SignalKind.Iceberg, 7, 999 * S),            // 6: "short" (informed)
            Sig(SignalKind.Iceberg, 7, 5000 * S),           // 7: outside the covered range
        ];

        var r = LabelMatcher.Evaluate(signals, labels, TimeSpan.FromSeconds(2), 0, 2000 * S);

        r.Signals.Should().Equal(
            new SignalLabelMatch(true, true, false),
            new SignalLabelMatch(true, false, false),
            new SignalLabelMatch(true, true, false),
            new SignalLabelMatch(true, true, false),
            new SignalLabelMatch(true, false, false),
            new SignalLabelMatch(true, true, true),
            new SignalLabelMatch(true, true, true),
            new SignalLabelMatch(false, false, false));
        r.ByKind[(int)SignalKind.Iceberg].Should().Be(new KindMatchScore(SignalKind.Iceberg, 7, 5, 3, 3, 5.0 / 7, 1));
    }

    [Fact]
    public void Invalid_range_is_rejected()
    {
        var act = () => LabelMatcher.Match([], [], TimeSpan.Zero, 10, 5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*10 > 5*");
    }
}
