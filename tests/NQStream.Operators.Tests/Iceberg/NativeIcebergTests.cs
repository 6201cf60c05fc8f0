using FluentAssertions;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>§4.7 native signatures (a) overfill and (b) reappearance of the same order id.</summary>
public sealed class NativeIcebergTests
{
    [Fact]
    public void Overfill_in_one_event_confirms_a_native_candidate_at_the_fill_record()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.Event(S(2), new R('T', 'A', 100.00, 12), new R('F', 'B', 100.00, 12, 10));

        var c = f.Out.Should().ContainSingle("the F record that exceeds the displayed size confirms it").Subject;
        c.Id.Should().Be(new IcebergCandidateId(1, 10, S(2)));
        c.TsEvent.Should().Be(S(2));
        c.InstrumentId.Should().Be(1u);
        c.Side.Should().Be((byte)'B');
        c.PriceRaw.Should().Be(100_000_000_000L);
        c.Price.Should().Be(100.0);
        c.Kind.Should().Be(IcebergKind.Native);
        c.ClipSize.Should().Be(5);
        c.Refills.Should().Be(2, "7 contracts beyond a 5-lot display need at least ⌈7/5⌉ refills");
        c.Orders.Should().Be(1);
        c.ExecutedQty.Should().Be(12);
        c.FirstOrderId.Should().Be(10ul);
        c.LastOrderId.Should().Be(10ul);
        c.FirstTs.Should().Be(S(2));
        c.LastTs.Should().Be(S(2));
        c.Status.Should().Be(IcebergStatus.Active);
        c.EndReason.Should().Be(IcebergEndReason.None);
        c.IsFinal.Should().BeFalse();

        // The M that shows the new display in the same event is not a second signature.
        f.Send(IcebergFeed.Record(new R('M', 'B', 100.00, 3, 10), S(2), 1, 99, last: true));
        f.Out.Should().ContainSingle();
        f.Detector.NativeConfirmed.Should().Be(1);

        f.Flush();
        f.Out.Should().HaveCount(2);
        var end = f.Out[1];
        end.Id.Should().Be(c.Id);
        end.Status.Should().Be(IcebergStatus.Done);
        end.EndReason.Should().Be(IcebergEndReason.EndOfStream);
        end.IsFinal.Should().BeTrue();
        end.TsEvent.Should().Be(S(2));
        end.ExecutedQty.Should().Be(12);
        f.Detector.Ended.Should().Be(1);
    }

    [Fact]
    public void Same_order_id_re_added_at_the_same_price_in_the_same_event_is_a_native_refill_and_ends_exhausted()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'A', 42.50, 8);
        f.NativeRefill(S(3), 10, 'A', 42.50, 8, 8);

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Native);
        c.Side.Should().Be((byte)'A');
        c.Price.Should().Be(42.5);
        c.TsEvent.Should().Be(S(3));
        c.Refills.Should().Be(1);
        c.ExecutedQty.Should().Be(8);
        c.ClipSize.Should().Be(8);
        f.Detector.TryGetCandidate(10, out var id).Should().BeTrue();
        id.Should().Be(c.Id);

        f.NativeRefill(S(7), 10, 'A', 42.50, 8, 4);
        f.Out.Should().ContainSingle("a confirmed candidate is emitted again only when it ends");

        // The last (smaller) clip is filled and nothing comes back before F_LAST: exhausted.
        f.FillAll(S(9), 10, 'A', 42.50, 4);
        f.Out.Should().HaveCount(2);
        var end = f.Out[1];
        end.Id.Should().Be(new IcebergCandidateId(1, 10, S(3)));
        end.Status.Should().Be(IcebergStatus.Done);
        end.EndReason.Should().Be(IcebergEndReason.Exhausted);
        end.TsEvent.Should().Be(S(9));
        end.Refills.Should().Be(2);
        end.ExecutedQty.Should().Be(20);
        end.FirstTs.Should().Be(S(3));
        end.LastTs.Should().Be(S(9));
        end.ClipSize.Should().Be(8);
        f.Detector.TryGetCandidate(10, out _).Should().BeFalse();
        f.Detector.TrackedOrders.Should().Be(0);
        f.Detector.OpenCandidates.Should().Be(0);
    }

    [Fact]
    public void Modify_restoring_size_after_the_display_was_filled_is_a_native_refill()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 7.25, 6);
        f.Event(S(2), new R('T', 'A', 7.25, 6), new R('F', 'B', 7.25, 6, 10), new R('M', 'B', 7.25, 6, 10));

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Native);
        c.Refills.Should().Be(1);
        c.ExecutedQty.Should().Be(6);
    }

    [Fact]
    public void A_partial_fill_reduction_by_modify_is_not_a_refill()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 7.25, 6);
        f.Event(S(2), new R('T', 'A', 7.25, 4), new R('F', 'B', 7.25, 4, 10), new R('M', 'B', 7.25, 2, 10));
        f.Event(S(3), new R('T', 'A', 7.25, 2), new R('F', 'B', 7.25, 2, 10), new R('C', 'B', 7.25, 2, 10));
        f.Flush();

        f.Out.Should().BeEmpty();
        f.Detector.TrackedOrders.Should().Be(0);
    }

    [Fact]
    public void With_the_default_window_a_reappearance_after_F_LAST_is_not_native()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.FillAll(S(2), 10, 'B', 100.00, 5);
        f.Add(S(2) + 1_000, 10, 'B', 100.00, 5);
        f.Flush();

        f.Out.Should().BeEmpty("the exhausting event ended before the id came back, and a synthetic refill needs a new id");
    }

    [Fact]
    public void A_positive_native_window_accepts_a_reappearance_in_a_later_event_and_ends_at_the_window()
    {
        var f = new IcebergFeed(new IcebergOptions { NativeRefillWindow = TimeSpan.FromMilliseconds(50) });
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.FillAll(S(2), 10, 'B', 100.00, 5);
        f.Add(S(2.05), 10, 'B', 100.00, 5);

        var c = f.Out.Should().ContainSingle().Subject;
        c.TsEvent.Should().Be(S(2.05));
        c.Kind.Should().Be(IcebergKind.Native);
        c.FirstTs.Should().Be(S(2));

        f.FillAll(S(3), 10, 'B', 100.00, 5);
        f.Add(S(3.0501), 10, 'B', 100.00, 5);   // 50.1 ms later: too late
        f.Out.Should().HaveCount(2);
        f.Out[1].Status.Should().Be(IcebergStatus.Done);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.Exhausted);
        f.Out[1].TsEvent.Should().Be(S(3.05), "the end is the close of the native window");
        f.Out[1].ExecutedQty.Should().Be(10);
    }

    [Fact]
    public void Clips_below_min_clip_start_nothing()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 1);
        f.Event(S(2), new R('T', 'A', 100.00, 3), new R('F', 'B', 100.00, 3, 10), new R('M', 'B', 100.00, 1, 10));
        f.NativeRefill(S(3), 10, 'B', 100.00, 1, 1);
        f.Flush();
        f.Out.Should().BeEmpty();

        var g = new IcebergFeed(new IcebergOptions { MinClip = 1 });
        g.Add(S(1), 10, 'B', 100.00, 1);
        g.NativeRefill(S(3), 10, 'B', 100.00, 1, 1);
        g.Out.Should().ContainSingle().Which.ClipSize.Should().Be(1);
    }

    [Fact]
    public void Moving_the_native_clip_to_another_price_ends_the_candidate_as_price_moved()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.NativeRefill(S(2), 10, 'B', 100.00, 5, 5);
        f.Event(S(4), new R('M', 'B', 99.75, 5, 10));

        f.Out.Should().HaveCount(2);
        f.Out[1].Status.Should().Be(IcebergStatus.Done);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.PriceMoved);
        f.Out[1].TsEvent.Should().Be(S(4));
        f.Out[1].Price.Should().Be(100.0, "the candidate keeps the level it was detected at");
        f.Detector.TryGetCandidate(10, out _).Should().BeFalse();
    }

    [Fact]
    public void Owner_cancel_of_the_resting_clip_ends_the_candidate_cancelled()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'A', 12.00, 5);
        f.NativeRefill(S(2), 10, 'A', 12.00, 5, 5);
        f.Event(S(3), new R('T', 'B', 12.00, 2), new R('F', 'A', 12.00, 2, 10), new R('C', 'A', 12.00, 2, 10));
        f.Event(S(4), new R('C', 'A', 12.00, 3, 10));

        f.Out.Should().HaveCount(2);
        f.Out[1].Status.Should().Be(IcebergStatus.Cancelled);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.OwnerCancelled);
        f.Out[1].ExecutedQty.Should().Be(7);
        f.Out[1].LastTs.Should().Be(S(3));
        f.Detector.TrackedOrders.Should().Be(0);
    }
}
