using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>
/// Lazy order state: an order gets detector state only when the detector needs more than the book holds; until then the
/// book's view (before the record) stands in for it, with the same outputs.
/// </summary>
public sealed class LazyOrderStateTests
{
    [Fact]
    public void Orders_that_are_only_added_modified_and_cancelled_hold_no_state()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 1, 'B', 100.00, 5);
        f.Add(S(1.1), 2, 'A', 101.00, 7);
        f.Event(S(1.2), new R('M', 'B', 100.25, 6, 1));
        f.Event(S(1.3), new R('M', 'A', 101.00, 3, 2));
        f.Add(S(1.4), 3, 'B', 99.00, 4);
        f.Event(S(1.5), new R('C', 'B', 99.00, 4, 3));

        f.Detector.OrderStates.Should().Be(0);
        f.Detector.TrackedOrders.Should().Be(2, "orders 1 and 2 rest in the book");
        f.Detector.UnknownOrderRecords.Should().Be(0);
        f.Detector.ReplacedAdds.Should().Be(0);
    }

    [Fact]
    public void A_partial_cancel_before_the_first_fill_keeps_the_clip()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 10);
        f.Event(S(2), new R('C', 'B', 100.00, 4, 10)); // the owner takes 4 off: 6 displayed, clip still 10
        f.Detector.OrderStates.Should().Be(1, "the clip (10) is no longer what the book holds (6)");

        f.Event(S(3), new R('T', 'A', 100.00, 8), new R('F', 'B', 100.00, 8, 10));

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Native);
        c.ClipSize.Should().Be(10, "the clip the owner asked for, not the 6 the book showed at the fill");
        c.Refills.Should().Be(1, "2 contracts beyond a 6-lot display need ⌈2/10⌉ refills");
        c.ExecutedQty.Should().Be(8);
    }

    [Fact]
    public void A_native_refill_is_found_on_an_order_first_seen_by_the_detector_at_its_fill()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'A', 42.50, 8);
        f.Detector.OrderStates.Should().Be(0);

        f.NativeRefill(S(2), 10, 'A', 42.50, 8, 8);

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Native);
        c.Side.Should().Be((byte)'A');
        c.PriceRaw.Should().Be(42_500_000_000L);
        c.ClipSize.Should().Be(8);
        c.Refills.Should().Be(1);
        c.ExecutedQty.Should().Be(8);
        c.FirstTs.Should().Be(S(2));
        f.Detector.OrderStates.Should().Be(1, "the refilled order carries its fills and candidate");
        f.Detector.TryGetCandidate(10, out var id).Should().BeTrue();
        id.Should().Be(c.Id);
    }

    [Fact]
    public void Only_an_add_at_a_watched_level_that_joins_a_chain_gets_state()
    {
        var f = new IcebergFeed(new IcebergOptions { MinRefills = 2 });
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Detector.OrderStates.Should().Be(0, "the exhausted order's tombstone is purged at the end of its event");

        f.Add(S(1.01), 7, 'A', 50.25, 10); // another level: nothing watched there
        f.Add(S(1.02), 8, 'A', 50.00, 30); // the watched level, size out of tolerance
        f.Detector.OrderStates.Should().Be(0);

        f.Add(S(1.05), 2, 'A', 50.00, 10); // the refill
        f.Detector.OrderStates.Should().Be(1);
        f.FillAll(S(2), 2, 'A', 50.00, 10);
        f.Add(S(2.05), 3, 'A', 50.00, 11);

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Synthetic);
        c.Refills.Should().Be(2);
        c.Orders.Should().Be(3);
        c.ClipSize.Should().Be(10);
        c.ExecutedQty.Should().Be(20);
        c.FirstOrderId.Should().Be(1ul);
        c.LastOrderId.Should().Be(3ul);
        f.Detector.OrderStates.Should().Be(1, "only order 3, the chain's resting clip, holds state");
    }

    [Fact]
    public void A_replaced_add_of_an_order_without_state_is_counted_and_moves_it()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.Add(S(2), 10, 'B', 99.75, 6);

        f.Detector.ReplacedAdds.Should().Be(1);
        f.Detector.OrderStates.Should().Be(0);

        // The order rests at its new price: a fill there over its new display is native evidence with clip 6.
        f.Event(S(3), new R('T', 'A', 99.75, 9), new R('F', 'B', 99.75, 9, 10));
        var c = f.Out.Should().ContainSingle().Subject;
        c.PriceRaw.Should().Be(99_750_000_000L);
        c.ClipSize.Should().Be(6);
    }

    [Fact]
    public void An_order_the_book_keeps_at_size_0_after_a_move_stays_known_to_the_detector()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.Event(S(2), new R('M', 'B', 100.25, 0, 10)); // moved with size 0: §4.7 keeps the order (size 0)
        f.Event(S(3), new R('C', 'B', 100.25, 0, 10));

        f.Detector.UnknownOrderRecords.Should().Be(0, "the cancel finds the order, as before lazy state");
        f.Detector.OrderStates.Should().Be(0, "the cancel removed it");
    }

    [Fact]
    public void An_add_of_size_0_over_a_resting_order_leaves_the_detector_s_order_as_it_was()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.Add(S(2), 10, 'B', 100.00, 0); // ignored by §4.7; the book replaces the order by a size-0 one
        f.Event(S(3), new R('T', 'A', 100.00, 7), new R('F', 'B', 100.00, 7, 10));

        f.Detector.UnknownOrderRecords.Should().Be(0);
        var c = f.Out.Should().ContainSingle().Subject;
        c.ClipSize.Should().Be(5);
        c.Refills.Should().Be(1);
    }

    [Fact]
    public void A_malformed_add_the_book_rejects_is_still_an_order_to_the_detector()
    {
        var f = new IcebergFeed();
        var add = IcebergFeed.Record(new R('A', 'B', 0, 5, 10), S(1), 1, 1, last: true);
        add.Price = DbnConstants.UndefPrice;
        f.Send(add);
        f.Detector.OrderStates.Should().Be(1);

        f.Event(S(2), new R('C', 'B', 0, 5, 10));
        f.Detector.UnknownOrderRecords.Should().Be(0);
        f.Detector.OrderStates.Should().Be(0);
    }

    [Fact]
    public void Reading_the_caller_s_book_emits_what_the_detector_s_own_book_gives_on_a_simulated_day()
    {
        var day = SimulatedIcebergRun.MboDay(SimulatedIcebergRun.Options(seed: 2, days: 1, eventsPerDay: 200_000, marketMakersOnly: false));
        var own = new IcebergDetector(new IcebergOptions());
        var piped = new IcebergDetector(new IcebergOptions());
        var books = new BookSet();
        List<IcebergCandidate> byOwn = [], byPiped = [];
        var s1 = new ListSink(byOwn);
        var s2 = new ListSink(byPiped);
        var maxStates = 0;
        foreach (var e in day)
        {
            own.OnRecord(in e, ref s1);
            if (e.Kind == EventKind.Mbo)
            {
                var book = books.GetOrAdd(e.InstrumentId, e.PublisherId, out _);
                piped.OnRecord(piped.SlotOf(e.InstrumentId), in e, book, ref s2);
                book.Apply(in e);
                maxStates = Math.Max(maxStates, piped.OrderStates);
            }
        }

        own.Flush(ref s1);
        piped.Flush(ref s2);
        byOwn.Should().NotBeEmpty("the simulated day injects icebergs");
        byPiped.Should().Equal(byOwn);
        (piped.NativeConfirmed, piped.SyntheticConfirmed, piped.Ended, piped.UnknownOrderRecords, piped.ReplacedAdds)
            .Should().Be((own.NativeConfirmed, own.SyntheticConfirmed, own.Ended, own.UnknownOrderRecords, own.ReplacedAdds));
        var resting = 0;
        foreach (var b in books.Books)
        {
            resting += b.OrderCount;
        }

        piped.TrackedOrders.Should().Be(resting, "no tombstone is left after the flush");
        maxStates.Should().BeGreaterThan(0).And.BeLessThan(day.Length / 20, "few orders need more than the book holds");
    }
}
