using FluentAssertions;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

public sealed class OfiTests
{
    // prev: bid 100 × 10, ask 102 × 20.
    [Theory]
    [InlineData(101.0, 5L, 102.0, 15L, 5 - 15 + 20)]      // bid up (+qb_n), ask equal (−qa_n + qa_n−1)
    [InlineData(100.0, 12L, 103.0, 7L, 12 - 10 + 20)]     // bid equal (+qb_n − qb_n−1), ask up (+qa_n−1)
    [InlineData(99.0, 4L, 101.0, 8L, -10 - 8)]            // bid down (−qb_n−1), ask down (−qa_n)
    [InlineData(101.0, 6L, 101.5, 9L, 6 - 9)]             // bid up, ask down
    [InlineData(99.5, 6L, 102.5, 9L, -10 + 20)]           // bid down, ask up
    [InlineData(100.0, 10L, 102.0, 20L, 0)]               // nothing changed
    public void Contribution_follows_each_indicator_branch(double bid, long bidSz, double ask, long askSz, long expected)
    {
        var prev = Q(100, 10, 102, 20);

        Ofi.Contribution(prev, Q(bid, bidSz, ask, askSz)).Should().Be(expected);
    }

    [Fact]
    public void Windows_sum_transitions_skip_non_ok_states_and_carry_boundary_mids()
    {
        var ofi = new Ofi(S(10));
        var sink = new CollectingSink<OfiWindow>();

        ofi.OnQuote(S(1), Q(100, 10, 101, 20), ref sink);      // first state: no transition
        ofi.OnQuote(S(2), Q(100, 12, 101, 20), ref sink);      // e = +12 − 10 − 20 + 20 = 2
        ofi.OnQuote(S(4), Q(101, 5, 101, 5), ref sink);        // locked: skipped
        ofi.OnQuote(S(6), Q(100.5, 3, 101, 20), ref sink);     // from a locked state: skipped
        sink.Items.Should().BeEmpty();
        ofi.OnQuote(S(25), Q(100.5, 3, 101.5, 6), ref sink);   // closes windows 0 and 1; e = 3 − 3 + 20 = 20
        ofi.AdvanceTo(S(30), ref sink);

        sink.Items.Should().HaveCount(3);
        var w0 = sink.Items[0];
        (w0.StartNs, w0.EndNs, w0.Ofi, w0.NTransitions, w0.NSkipped).Should().Be((0L, S(10), 2L, 1, 2));
        w0.MidStart.Should().BeApproximately(100.5, 1e-9);
        w0.MidEnd.Should().BeApproximately(100.75, 1e-9);
        w0.DMidPts.Should().BeApproximately(0.25, 1e-12);
        w0.DepthAvg.Should().BeApproximately(((15 * 1) + (16 * 2) + (11.5 * 4)) / 7, 1e-9);
        w0.OfiNorm.Should().BeApproximately(2 / (93.0 / 7), 1e-9);

        var w1 = sink.Items[1];
        (w1.StartNs, w1.Ofi, w1.NTransitions, w1.NSkipped, w1.DMidPts).Should().Be((S(10), 0L, 0, 0, (double?)0.0));
        w1.DepthAvg.Should().BeApproximately(11.5, 1e-9);

        var w2 = sink.Items[2];
        (w2.StartNs, w2.Ofi, w2.NTransitions).Should().Be((S(20), 20L, 1));
        w2.DMidPts.Should().BeApproximately(0.25, 1e-12);
        w2.DepthAvg.Should().BeApproximately(((11.5 * 5) + (4.5 * 5)) / 10, 1e-9);
        w2.OfiNorm.Should().BeApproximately(2.5, 1e-9);
    }

    [Fact]
    public void A_state_exactly_on_a_boundary_belongs_to_the_next_window_and_not_to_the_closing_mid()
    {
        var ofi = new Ofi(S(10));
        var sink = new CollectingSink<OfiWindow>();

        ofi.OnQuote(S(3), Q(100, 1, 101, 1), ref sink);
        ofi.OnQuote(S(10), Q(101, 2, 102, 1), ref sink);   // e = +2 + 1 = 3, in window 1
        ofi.AdvanceTo(S(20), ref sink);

        sink.Items.Select(w => (w.Ofi, w.MidEnd)).Should().Equal((0L, 100.5), (3L, 101.5));
    }

    [Fact]
    public void Reset_day_starts_without_a_transition()
    {
        var ofi = new Ofi(S(10));
        var sink = new CollectingSink<OfiWindow>();

        ofi.OnQuote(S(1), Q(100, 10, 101, 20), ref sink);
        ofi.ResetDay();
        ofi.OnQuote(S(2), Q(100, 50, 101, 20), ref sink);
        ofi.AdvanceTo(S(10), ref sink);

        sink.Items.Should().ContainSingle().Which.Should().Match<OfiWindow>(w => w.Ofi == 0 && w.NTransitions == 0 && w.NSkipped == 0);
    }

    [Fact]
    public void One_sided_books_contribute_nothing_and_leave_the_mid_unchanged()
    {
        var ofi = new Ofi(S(10));
        var sink = new CollectingSink<OfiWindow>();

        ofi.OnQuote(S(1), Q(100, 10, 101, 20), ref sink);
        ofi.OnQuote(S(2), new Quote(Fx(100), 10, Quote.Empty.AskPx, 0), ref sink);
        ofi.AdvanceTo(S(10), ref sink);

        var w = sink.Items.Should().ContainSingle().Subject;
        (w.Ofi, w.NSkipped, w.DMidPts).Should().Be((0L, 1, (double?)0.0));
        w.DepthAvg.Should().Be(15);
    }
}
