using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Evaluation.Ceiling;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation.Ceiling;

/// <summary>
/// The oracle brackets and the ceiling rows on a hand-built mid path (target 10, stop 10, horizon 900 s, F₀ within
/// 5 s). Times are seconds; U and V are two futures.
/// <code>
/// mids   V 90: 6000 | U 100: 21000 | U 160: 21006 | U 220: 21010 | U 300: 20995 | V 395: 6003 | V 500: 6005
///        advance 2000 | U 3498: 21000 | advance 3600, end
///
/// label kind          inf  und  delta  first  last   last start                             first start
/// L1    sweep         yes  U    +      100    100    F0 21000, HIT @220                     same
/// L2    block         yes  U    −      105    105    F0 21000 (5 s old: ok), MISS @220      same
/// L3    iceberg       yes  V    +      100    400    F0 6003, TIMEOUT @1300                 NO MID (mid 10 s old)
/// L4    sweep         no   U    −      3000   3000   NO MID (last U mid 2700 s old)         same
/// L5    volume_shock  no   U    0      3100   3100   NO DIRECTION                           same
/// L6    sweep         yes  U    +      160    160    F0 21006, MISS @300; dedup: L1 open    same
/// L7    emergency     yes  U    +      3500   3500   F0 21000, UNRESOLVED; dedup: L8 open   same
/// L8    block         no   U    +      3499   3499   F0 21000, UNRESOLVED (blocks L7)       same
/// </code>
/// </summary>
public sealed class LabelOracleTests
{
    private const long S = 1_000_000_000;
    private const uint U = 7;
    private const uint V = 8;

    private static GroundTruthLabel Label(string id, SignalKind kind, bool informed, uint und, double delta, long first, long last) =>
        new(id, first * S, 100, kind, informed) { TsEventLast = last * S, UnderlyingId = und, Delta = delta };

    private static readonly GroundTruthLabel[] Labels =
    [
        Label("L1", SignalKind.Sweep, true, U, 500, 100, 100),
        Label("L2", SignalKind.Block, true, U, -300, 105, 105),
        Label("L3", SignalKind.Iceberg, true, V, 40, 100, 400),
        Label("L4", SignalKind.Sweep, false, U, -10, 3000, 3000),
        Label("L5", SignalKind.VolumeShock, false, U, 0, 3100, 3100),
        Label("L6", SignalKind.Sweep, true, U, 70, 160, 160),
        Label("L7", SignalKind.Emergency, true, U, 9000, 3500, 3500),
        Label("L8", SignalKind.Block, false, U, 20, 3499, 3499),
    ];

    private static IReadOnlyList<CeilingBracket> Run()
    {
        var oracle = new LabelOracle(Labels, new AccuracyOptions(), TimeSpan.FromSeconds(5));
        oracle.OnMid(V, 90 * S, 6000);
        oracle.OnMid(U, 100 * S, 21000);
        oracle.OnMid(U, 160 * S, 21006);
        oracle.OnMid(U, 220 * S, 21010);
        oracle.OnMid(U, 300 * S, 20995);
        oracle.OnMid(V, 395 * S, 6003);
        oracle.OnMid(V, 500 * S, 6005);
        oracle.AdvanceTo(2000 * S);
        oracle.OnMid(U, 3498 * S, 21000);
        oracle.AdvanceTo(3600 * S);
        return oracle.Finish();
    }

    [Fact]
    public void Each_label_gets_a_bracket_per_start_resolved_on_its_underlyings_mids()
    {
        var brackets = Run();

        brackets.Select(b => (b.Label.Id, b.Start, b.T0 / S, b.Direction, b.F0, b.Status, b.ResolvedTs / S)).Should().Equal(
            ("L1", CeilingStart.Last, 100L, 1, 21000.0, CeilingStatus.Hit, 220L),
            ("L1", CeilingStart.First, 100L, 1, 21000.0, CeilingStatus.Hit, 220L),
            ("L2", CeilingStart.Last, 105L, -1, 21000.0, CeilingStatus.Miss, 220L),
            ("L2", CeilingStart.First, 105L, -1, 21000.0, CeilingStatus.Miss, 220L),
            ("L3", CeilingStart.Last, 400L, 1, 6003.0, CeilingStatus.Timeout, 1300L),
            ("L3", CeilingStart.First, 100L, 1, (double?)null, CeilingStatus.NoMid, 100L),
            ("L4", CeilingStart.Last, 3000L, -1, (double?)null, CeilingStatus.NoMid, 3000L),
            ("L4", CeilingStart.First, 3000L, -1, (double?)null, CeilingStatus.NoMid, 3000L),
            ("L5", CeilingStart.Last, 3100L, 0, (double?)null, CeilingStatus.NoDirection, 3100L),
            ("L5", CeilingStart.First, 3100L, 0, (double?)null, CeilingStatus.NoDirection, 3100L),
            ("L6", CeilingStart.Last, 160L, 1, 21006.0, CeilingStatus.Miss, 300L),
            ("L6", CeilingStart.First, 160L, 1, 21006.0, CeilingStatus.Miss, 300L),
            ("L7", CeilingStart.Last, 3500L, 1, 21000.0, CeilingStatus.Unresolved, 3600L),
            ("L7", CeilingStart.First, 3500L, 1, 21000.0, CeilingStatus.Unresolved, 3600L),
            ("L8", CeilingStart.Last, 3499L, 1, 21000.0, CeilingStatus.Unresolved, 3600L),
            ("L8", CeilingStart.First, 3499L, 1, 21000.0, CeilingStatus.Unresolved, 3600L));
    }

    [Fact]
    public void Rows_count_every_label_once_and_apply_the_dedup_rule()
    {
        var rows = CeilingReport.Build(Run(), new AccuracyOptions(), 0.75);

        // 2 starts × (5 kinds × 2 + pooled 2 + dedup 2 + dedup informed-only 1)
        rows.Should().HaveCount(30);
        Row(rows, CeilingGroup.Kind, SignalKind.Sweep, true, CeilingStart.Last).Should().Be((2, 0, 0, 0, 0, 2L, 1L, 1L, 0L));
        Row(rows, CeilingGroup.Kind, SignalKind.Iceberg, true, CeilingStart.Last).Should().Be((1, 0, 0, 0, 0, 1L, 0L, 0L, 1L));
        Row(rows, CeilingGroup.Kind, SignalKind.Iceberg, true, CeilingStart.First).Should().Be((1, 0, 1, 0, 0, 0L, 0L, 0L, 0L));
        Row(rows, CeilingGroup.Kind, SignalKind.VolumeShock, false, CeilingStart.Last).Should().Be((1, 1, 0, 0, 0, 0L, 0L, 0L, 0L));
        Row(rows, CeilingGroup.Kind, SignalKind.Emergency, true, CeilingStart.First).Should().Be((1, 0, 0, 0, 1, 0L, 0L, 0L, 0L));

        // labels, no direction, no mid, deduplicated, unresolved, n, hits, misses, timeouts
        Row(rows, CeilingGroup.Pooled, null, true, CeilingStart.Last).Should().Be((5, 0, 0, 0, 1, 4L, 1L, 2L, 1L));
        Row(rows, CeilingGroup.Pooled, null, true, CeilingStart.First).Should().Be((5, 0, 1, 0, 1, 3L, 1L, 2L, 0L));
        Row(rows, CeilingGroup.Pooled, null, false, CeilingStart.Last).Should().Be((3, 1, 1, 0, 1, 0L, 0L, 0L, 0L));
        Row(rows, CeilingGroup.Dedup, null, true, CeilingStart.Last).Should().Be((5, 0, 0, 2, 0, 3L, 1L, 1L, 1L));
        Row(rows, CeilingGroup.Dedup, null, false, CeilingStart.Last).Should().Be((3, 1, 1, 0, 1, 0L, 0L, 0L, 0L));
        Row(rows, CeilingGroup.DedupInformedOnly, null, true, CeilingStart.Last).Should().Be((5, 0, 0, 1, 1, 3L, 1L, 1L, 1L));
        Row(rows, CeilingGroup.DedupInformedOnly, null, true, CeilingStart.First).Should().Be((5, 0, 1, 1, 1, 2L, 1L, 1L, 0L));

        var pooled = rows.Single(r => r.Group == CeilingGroup.Pooled && r.Informed && r.Start == CeilingStart.Last).Result;
        pooled.Rate.Should().Be(0.25);
        pooled.WilsonLower.Should().BeApproximately(WilsonInterval.Compute(1, 4, 0.95)!.Value.Lower, 1e-15);
        pooled.Pass.Should().BeFalse();
        rows.Single(r => r.Group == CeilingGroup.Pooled && !r.Informed && r.Start == CeilingStart.Last).Result.Rate.Should().BeNull();
    }

    [Fact]
    public void Timeout_policy_exclude_leaves_timeouts_out_of_n()
    {
        var rows = CeilingReport.Build(Run(), new AccuracyOptions { TimeoutPolicy = TimeoutPolicy.Exclude }, 0.75);

        var r = rows.Single(r => r.Group == CeilingGroup.Pooled && r.Informed && r.Start == CeilingStart.Last);
        (r.Result.N, r.Hits, r.Timeouts, r.Result.Rate).Should().Be((3L, 1L, 1L, 1.0 / 3));
    }

    [Fact]
    public void A_label_without_underlying_or_delta_is_rejected_and_finish_is_once()
    {
        var noDelta = new GroundTruthLabel("x", 1, 2, SignalKind.Sweep, true) { UnderlyingId = U };
        var act = () => new LabelOracle([noDelta], new AccuracyOptions(), TimeSpan.FromSeconds(5));
        act.Should().Throw<ArgumentException>().WithMessage("label 'x' has no delta; the oracle needs both*");

        var oracle = new LabelOracle([], new AccuracyOptions(), TimeSpan.FromSeconds(5));
        oracle.Finish().Should().BeEmpty();
        oracle.Invoking(o => o.OnMid(U, 1, 21000)).Should().Throw<InvalidOperationException>();
    }

    private static (int Labels, int NoDirection, int NoMid, int Dedup, int Unresolved, long N, long Hits, long Misses, long Timeouts) Row(
        List<CeilingRow> rows, CeilingGroup group, SignalKind? kind, bool informed, CeilingStart start)
    {
        var r = rows.Single(r => r.Group == group && r.Kind == kind && r.Informed == informed && r.Start == start);
        return (r.Labels, r.NoDirection, r.NoMid, r.Deduplicated, r.Unresolved, r.Result.N, r.Hits, r.Misses, r.Timeouts);
    }
}
