using FluentAssertions;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>§4.7 synthetic chains: a new order id of about the clip's size at the same level within the refill window.</summary>
public sealed class SyntheticIcebergTests
{
    /// <summary>
    /// Clip 10 filled at 1 s, refill 11 at +50 ms (the +10 % edge); filled at 2 s, refill 10 at +100 ms (the window edge;
    /// within 10 % of the previous clip, 11).
    /// </summary>
    private static IcebergFeed TwoRefills(IcebergOptions? options = null)
    {
        var f = new IcebergFeed(options);
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 11);
        f.FillAll(S(2), 2, 'A', 50.00, 11);
        f.Add(S(2.1), 3, 'A', 50.00, 10);
        return f;
    }

    [Fact]
    public void Two_refills_chain_into_one_candidate_confirmed_at_the_second_refill()
    {
        var f = TwoRefills();

        var c = f.Out.Should().ContainSingle().Subject;
        c.Id.Should().Be(new IcebergCandidateId(1, 1, S(1)));
        c.TsEvent.Should().Be(S(2.1), "the A of the second refill confirms it");
        c.Kind.Should().Be(IcebergKind.Synthetic);
        c.Side.Should().Be((byte)'A');
        c.Price.Should().Be(50.0);
        c.PriceRaw.Should().Be(50_000_000_000L);
        c.ClipSize.Should().Be(10);
        c.Refills.Should().Be(2);
        c.Orders.Should().Be(3);
        c.ExecutedQty.Should().Be(21);
        c.FirstOrderId.Should().Be(1ul);
        c.LastOrderId.Should().Be(3ul);
        c.FirstTs.Should().Be(S(1));
        c.LastTs.Should().Be(S(2));
        c.Status.Should().Be(IcebergStatus.Active);
        f.Detector.SyntheticConfirmed.Should().Be(1);
        f.Detector.TryGetCandidate(3, out var id).Should().BeTrue();
        id.Should().Be(c.Id);

        // Order 3 is filled and nothing refills it: the candidate ends when the window has passed.
        f.FillAll(S(3), 3, 'A', 50.00, 10);
        f.Out.Should().ContainSingle("the window is still open");
        f.Add(S(3.2), 77, 'B', 49.75, 4);
        f.Out.Should().HaveCount(2);
        var end = f.Out[1];
        end.Id.Should().Be(c.Id);
        end.Status.Should().Be(IcebergStatus.Done);
        end.EndReason.Should().Be(IcebergEndReason.Exhausted);
        end.TsEvent.Should().Be(S(3.1));
        end.ExecutedQty.Should().Be(31);
        end.LastTs.Should().Be(S(3));
        end.Refills.Should().Be(2);
        f.Detector.OpenCandidates.Should().Be(0);
    }

    [Fact]
    public void A_single_refill_is_not_reported_under_the_default_min_refills()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'B', 20.00, 10);
        f.FillAll(S(1), 1, 'B', 20.00, 10);
        f.Add(S(1.05), 2, 'B', 20.00, 10);
        f.Flush();
        f.Out.Should().BeEmpty();

        var g = new IcebergFeed(new IcebergOptions { MinRefills = 1 });
        g.Add(S(0.5), 1, 'B', 20.00, 10);
        g.FillAll(S(1), 1, 'B', 20.00, 10);
        g.Add(S(1.05), 2, 'B', 20.00, 10);
        g.Out.Should().ContainSingle().Which.Refills.Should().Be(1);
    }

    [Theory]
    [InlineData(12u)]
    [InlineData(8u)]
    public void A_refill_outside_the_size_tolerance_breaks_the_chain(uint size)
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 10);
        f.FillAll(S(2), 2, 'A', 50.00, 10);
        f.Add(S(2.05), 3, 'A', 50.00, size);
        f.Flush();

        f.Out.Should().BeEmpty();
    }

    [Fact]
    public void The_tolerance_is_against_the_previous_clip_not_the_first()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 11);
        f.FillAll(S(2), 2, 'A', 50.00, 11);
        f.Add(S(2.05), 3, 'A', 50.00, 12);      // 12 vs 11: inside; vs 10 it would be outside

        var c = f.Out.Should().ContainSingle().Subject;
        c.Refills.Should().Be(2);
        c.ClipSize.Should().Be(10, "the candidate reports its first clip");
    }

    [Fact]
    public void A_wider_size_tolerance_accepts_the_same_refill()
    {
        var f = new IcebergFeed(new IcebergOptions { SizeTol = 0.2 });
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 10);
        f.FillAll(S(2), 2, 'A', 50.00, 10);
        f.Add(S(2.05), 3, 'A', 50.00, 12);

        f.Out.Should().ContainSingle().Which.Refills.Should().Be(2);
    }

    [Fact]
    public void A_refill_one_nanosecond_after_the_window_is_too_late()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.1), 2, 'A', 50.00, 10);          // exactly 100 ms: inside
        f.FillAll(S(2), 2, 'A', 50.00, 10);
        f.Add(S(2.1) + 1, 3, 'A', 50.00, 10);      // 100 ms + 1 ns: outside
        f.Flush();

        f.Out.Should().BeEmpty();

        var g = new IcebergFeed(new IcebergOptions { RefillWindow = TimeSpan.FromMilliseconds(200) });
        g.Add(S(0.5), 1, 'A', 50.00, 10);
        g.FillAll(S(1), 1, 'A', 50.00, 10);
        g.Add(S(1.1), 2, 'A', 50.00, 10);
        g.FillAll(S(2), 2, 'A', 50.00, 10);
        g.Add(S(2.1) + 1, 3, 'A', 50.00, 10);
        g.Out.Should().ContainSingle().Which.TsEvent.Should().Be(S(2.1) + 1);
    }

    [Fact]
    public void Refills_must_be_at_the_same_side_and_price_and_under_a_new_order_id()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.01), 2, 'A', 50.25, 10);   // other price
        f.Add(S(1.02), 3, 'B', 50.00, 10);   // other side
        f.Add(S(1.03), 4, 'A', 50.00, 10, instrument: 2);   // other instrument
        f.Add(S(1.04), 1, 'A', 50.00, 10);   // same id (not native: the exhausting event is over)
        f.Flush();

        f.Out.Should().BeEmpty();
        f.Detector.OpenCandidates.Should().Be(0);
    }

    [Fact]
    public void Only_a_fill_that_removes_the_order_completely_opens_a_refill_watch()
    {
        var f = new IcebergFeed(new IcebergOptions { MinRefills = 1 });
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.Event(S(1), new R('C', 'A', 50.00, 10, 1));                             // plain cancel
        f.Add(S(1.01), 2, 'A', 50.00, 10);
        f.Event(S(2), new R('T', 'B', 50.00, 4), new R('F', 'A', 50.00, 4, 2), new R('C', 'A', 50.00, 10, 2)); // fill 4, cancel the rest
        f.Add(S(2.01), 3, 'A', 50.00, 10);
        f.Out.Should().BeEmpty();

        f.FillAll(S(3), 3, 'A', 50.00, 10);
        f.Add(S(3.01), 4, 'A', 50.00, 10);
        f.Out.Should().ContainSingle().Which.FirstOrderId.Should().Be(3ul);
    }

    [Fact]
    public void An_order_filled_over_several_events_counts_its_whole_clip()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'B', 30.00, 10);
        f.Event(S(0.7), new R('T', 'A', 30.00, 4), new R('F', 'B', 30.00, 4, 1), new R('C', 'B', 30.00, 4, 1));
        f.FillAll(S(1), 1, 'B', 30.00, 6);
        f.Add(S(1.05), 2, 'B', 30.00, 10);
        f.FillAll(S(2), 2, 'B', 30.00, 10);
        f.Add(S(2.05), 3, 'B', 30.00, 10);

        var c = f.Out.Should().ContainSingle().Subject;
        c.ClipSize.Should().Be(10);
        c.FirstTs.Should().Be(S(0.7));
        c.ExecutedQty.Should().Be(20);
    }

    [Fact]
    public void With_two_clips_filled_at_one_level_the_refill_goes_to_the_closest_clip()
    {
        var f = new IcebergFeed(new IcebergOptions { MinRefills = 1 });
        f.Add(S(0.1), 1, 'A', 50.00, 10);
        f.Add(S(0.2), 2, 'A', 50.00, 20);
        f.Event(
            S(1),
            new R('T', 'B', 50.00, 30),
            new R('F', 'A', 50.00, 10, 1),
            new R('F', 'A', 50.00, 20, 2),
            new R('C', 'A', 50.00, 10, 1),
            new R('C', 'A', 50.00, 20, 2));
        f.Add(S(1.05), 3, 'A', 50.00, 19);
        f.Add(S(1.06), 4, 'A', 50.00, 10);

        f.Out.Should().HaveCount(2);
        f.Out[0].FirstOrderId.Should().Be(2ul);
        f.Out[0].ClipSize.Should().Be(20);
        f.Out[0].ExecutedQty.Should().Be(20);
        f.Out[1].FirstOrderId.Should().Be(1ul);
        f.Out[1].ClipSize.Should().Be(10);
    }

    [Fact]
    public void The_chain_with_most_refills_takes_a_refill_that_fits_two_clips()
    {
        var f = new IcebergFeed();
        f.Add(S(0.1), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 10);      // chain: 1 refill
        f.Add(S(1.06), 9, 'A', 50.00, 10);      // a bystander (no watch left for it)
        f.Event(
            S(2),
            new R('T', 'B', 50.00, 20),
            new R('F', 'A', 50.00, 10, 2),
            new R('F', 'A', 50.00, 10, 9),
            new R('C', 'A', 50.00, 10, 2),
            new R('C', 'A', 50.00, 10, 9));
        f.Add(S(2.05), 3, 'A', 50.00, 10);

        var c = f.Out.Should().ContainSingle().Subject;
        c.FirstOrderId.Should().Be(1ul);
        c.Refills.Should().Be(2);
        c.Orders.Should().Be(3);
    }

    [Fact]
    public void Moving_the_current_clip_ends_a_synthetic_candidate_as_price_moved_and_cancel_as_owner_cancelled()
    {
        var f = TwoRefills();
        f.Event(S(2.5), new R('M', 'A', 50.25, 10, 3));
        f.Out.Should().HaveCount(2);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.PriceMoved);
        f.Out[1].Status.Should().Be(IcebergStatus.Done);
        f.Out[1].TsEvent.Should().Be(S(2.5));

        var g = TwoRefills();
        g.Event(S(2.5), new R('C', 'A', 50.00, 10, 3));
        g.Out.Should().HaveCount(2);
        g.Out[1].EndReason.Should().Be(IcebergEndReason.OwnerCancelled);
        g.Out[1].Status.Should().Be(IcebergStatus.Cancelled);
        g.Out[1].ExecutedQty.Should().Be(21);
    }
}
