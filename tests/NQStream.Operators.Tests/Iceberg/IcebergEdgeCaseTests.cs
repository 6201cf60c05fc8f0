using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>§4.7 edge cases: clear, feed gap, event grouping by F_LAST, snapshots, records of other kinds.</summary>
public sealed class IcebergEdgeCaseTests
{
    [Fact]
    public void Clear_cancels_the_candidates_of_its_instrument_only_and_drops_its_orders()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5, instrument: 1);
        f.Add(S(1), 20, 'A', 101.00, 5, instrument: 2);
        f.NativeRefill(S(2), 10, 'B', 100.00, 5, 5, instrument: 1);
        f.NativeRefill(S(2), 20, 'A', 101.00, 5, 5, instrument: 2);
        f.Out.Should().HaveCount(2);

        f.Event(S(3), 1, new R('R', 'N', 0, 0));

        f.Out.Should().HaveCount(3);
        var end = f.Out[2];
        end.InstrumentId.Should().Be(1u);
        end.Id.Should().Be(f.Out[0].Id);
        end.Status.Should().Be(IcebergStatus.Cancelled);
        end.EndReason.Should().Be(IcebergEndReason.Cleared);
        end.TsEvent.Should().Be(S(3));
        f.Detector.TrackedOrders.Should().Be(1, "only instrument 2's order is left");
        f.Detector.TryGetCandidate(20, out _).Should().BeTrue();

        f.Flush();
        f.Out.Should().HaveCount(4);
        f.Out[3].InstrumentId.Should().Be(2u);
        f.Out[3].EndReason.Should().Be(IcebergEndReason.EndOfStream);
    }

    [Fact]
    public void Clear_also_drops_pending_synthetic_chains()
    {
        var f = new IcebergFeed();
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Add(S(1.05), 2, 'A', 50.00, 10);
        f.FillAll(S(2), 2, 'A', 50.00, 10);
        f.Event(S(2.01), new R('R', 'N', 0, 0));
        f.Add(S(2.02), 3, 'A', 50.00, 10);
        f.Flush();

        f.Out.Should().BeEmpty("the unconfirmed chain was dropped by the clear, and unconfirmed candidates are never emitted");
    }

    [Fact]
    public void A_feed_gap_cancels_candidates_and_blocks_new_ones_until_the_next_clear()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.NativeRefill(S(2), 10, 'B', 100.00, 5, 5);
        f.Event(S(3), new R('A', 'A', 100.25, 3, 11, Flags.MaybeBadBook));

        f.Out.Should().HaveCount(2);
        f.Out[1].Status.Should().Be(IcebergStatus.Cancelled);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.FeedGap);
        f.Out[1].TsEvent.Should().Be(S(3));

        // The same signature on the suspect book is not trusted.
        f.NativeRefill(S(4), 10, 'B', 100.00, 5, 5);
        f.Out.Should().HaveCount(2);

        // R + snapshot restore the book; a refill after that is detected again.
        f.Event(S(5), new R('R', 'N', 0, 0, 0, Flags.Snapshot), new R('A', 'B', 100.00, 5, 10, Flags.Snapshot));
        f.NativeRefill(S(6), 10, 'B', 100.00, 5, 5);
        f.Out.Should().HaveCount(3);
        f.Out[2].Status.Should().Be(IcebergStatus.Active);
        f.Out[2].FirstTs.Should().Be(S(6));
    }

    [Fact]
    public void Snapshot_adds_after_a_full_fill_are_not_refills()
    {
        var f = new IcebergFeed(new IcebergOptions { MinRefills = 1 });
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Event(S(1.01), new R('A', 'A', 50.00, 10, 2, Flags.Snapshot));
        f.Flush();

        f.Out.Should().BeEmpty();
    }

    [Fact]
    public void An_event_is_grouped_by_F_LAST_of_its_own_instrument_even_when_other_instruments_interleave()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5, instrument: 1);
        f.Send(IcebergFeed.Record(new R('T', 'A', 100.00, 5), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('F', 'B', 100.00, 5, 10), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('C', 'B', 100.00, 5, 10), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('A', 'A', 7.00, 3, 99), S(2), 2, 51, last: true));   // instrument 2 ends its own event
        f.Send(IcebergFeed.Record(new R('A', 'B', 100.00, 5, 10), S(2), 1, 50, last: true));

        var c = f.Out.Should().ContainSingle().Subject;
        c.Kind.Should().Be(IcebergKind.Native);
        c.InstrumentId.Should().Be(1u);
        f.Detector.MissingFLast.Should().Be(0);
    }

    [Fact]
    public void A_later_ts_event_closes_an_event_whose_F_LAST_never_came()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.Send(IcebergFeed.Record(new R('T', 'A', 100.00, 5), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('F', 'B', 100.00, 5, 10), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('C', 'B', 100.00, 5, 10), S(2), 1, 50, last: false));
        f.Send(IcebergFeed.Record(new R('A', 'B', 100.00, 5, 10), S(2) + 1, 1, 51, last: true));

        f.Out.Should().BeEmpty("the re-add belongs to the next event");
        f.Detector.MissingFLast.Should().Be(1);
    }

    [Fact]
    public void Records_of_other_kinds_and_unknown_orders_change_nothing()
    {
        var f = new IcebergFeed();
        var stat = IcebergFeed.Record(new R('A', 'B', 100.00, 5, 10), S(1), 1, 1, last: true);
        stat.Kind = EventKind.Statistic;
        f.Send(stat);
        f.Detector.TrackedOrders.Should().Be(0);

        f.Event(S(2), new R('T', 'A', 100.00, 5), new R('F', 'B', 100.00, 5, 10), new R('C', 'B', 100.00, 5, 10));
        f.Detector.UnknownOrderRecords.Should().Be(2);
        f.Detector.TrackedOrders.Should().Be(0);
        f.Out.Should().BeEmpty();
    }

    [Fact]
    public void An_add_for_a_resting_id_is_applied_as_a_modify_and_counted()
    {
        var f = new IcebergFeed();
        f.Add(S(1), 10, 'B', 100.00, 5);
        f.NativeRefill(S(2), 10, 'B', 100.00, 5, 5);
        f.Add(S(3), 10, 'B', 99.50, 5);

        f.Detector.ReplacedAdds.Should().Be(1);
        f.Out.Should().HaveCount(2);
        f.Out[1].EndReason.Should().Be(IcebergEndReason.PriceMoved);
    }

    [Fact]
    public void Flush_forgets_pending_refill_windows_but_keeps_resting_orders()
    {
        var f = new IcebergFeed(new IcebergOptions { MinRefills = 1 });
        f.Add(S(0.5), 1, 'A', 50.00, 10);
        f.Add(S(0.6), 5, 'B', 49.00, 3);
        f.FillAll(S(1), 1, 'A', 50.00, 10);
        f.Flush();
        f.Detector.TrackedOrders.Should().Be(1);

        f.Add(S(1.05), 2, 'A', 50.00, 10);
        f.Out.Should().BeEmpty("the stream ended between the fill and the add");
    }

    [Fact]
    public void Replaying_the_same_records_gives_the_same_candidates()
    {
        static List<IcebergCandidate> Run()
        {
            var f = new IcebergFeed();
            f.Add(S(0.5), 1, 'A', 50.00, 10);
            f.Add(S(0.6), 10, 'B', 49.00, 5);
            f.FillAll(S(1), 1, 'A', 50.00, 10);
            f.NativeRefill(S(1.01), 10, 'B', 49.00, 5, 5);
            f.Add(S(1.05), 2, 'A', 50.00, 10);
            f.FillAll(S(2), 2, 'A', 50.00, 10);
            f.Add(S(2.05), 3, 'A', 50.00, 10);
            f.Flush();
            return f.Out;
        }

        var first = Run();
        first.Should().HaveCount(4);
        Run().Should().Equal(first);
    }
}
