using System.Diagnostics.Metrics;
using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Events;
using Xunit;
using static NQStream.Market.Tests.Book.Support.Mbo;

namespace NQStream.Market.Tests.Book;

/// <summary>Books keyed by (instrument, publisher); integrity totals as metrics.</summary>
public sealed class BookSetTests
{
    [Fact]
    public void Each_instrument_and_publisher_gets_its_own_book()
    {
        var set = new BookSet(metrics: new BookMetrics(new Meter("test.bookset")));
        set.Apply(Make('A', 1, 'B', Px(100m), 5, Last, instrument: 10, publisher: 1));
        set.Apply(Make('A', 1, 'B', Px(200m), 6, Last, instrument: 11, publisher: 1));
        set.Apply(Make('A', 1, 'A', Px(300m), 7, Last, instrument: 10, publisher: 2));
        set.Apply(Make('C', 9, 'B', Px(100m), 1, Last, instrument: 10, publisher: 1));
        var stat = new MarketEvent { Kind = EventKind.Statistic, InstrumentId = 12 };
        set.Apply(in stat).Should().BeNull();

        set.Books.Select(b => (b.InstrumentId, b.PublisherId)).Should().Equal(((uint)10, (ushort)1), ((uint)11, (ushort)1), ((uint)10, (ushort)2));
        set.Find(10, 1)!.Top.BidPx.Should().Be(Px(100m));
        set.Find(11, 1)!.Top.BidSz.Should().Be(6);
        set.Find(10, 2)!.Top.AskPx.Should().Be(Px(300m));
        set.Find(12, 1).Should().BeNull();
        set.Find(10, 1)!.Integrity.UnknownOrder.Should().Be(1);
        set.TotalIntegrity().UnknownOrder.Should().Be(1);
    }

    [Fact]
    public void GetOrAdd_gives_each_book_its_stable_position_in_Books()
    {
        var set = new BookSet(metrics: new BookMetrics(new Meter("test.bookset.index")));
        var a = set.GetOrAdd(10, 1, out var ia);
        var b = set.GetOrAdd(11, 1, out var ib);
        var c = set.GetOrAdd(10, 2, out var ic);
        (ia, ib, ic).Should().Be((0, 1, 2), "a new book is appended");
        set.GetOrAdd(10, 1, out var again).Should().BeSameAs(a);
        again.Should().Be(0);
        set.GetOrAdd(10, 2, out again).Should().BeSameAs(c, "the last-used cache is keyed by instrument and publisher");
        again.Should().Be(2);
        set.Books.Should().Equal(a, b, c);
        set.Apply(Make('A', 1, 'B', Px(100m), 5, Last, instrument: 11, publisher: 1)).Should().BeSameAs(b);
        b.TopRef.BidPx.Should().Be(Px(100m));
        b.TopRef.Should().Be(b.Top, "TopRef is the published view itself");
        set.GetOrAdd(12, 1, out var id).Should().BeSameAs(set.Books[^1]);
        id.Should().Be(3);
    }

    [Fact]
    public void Many_instruments_are_found_after_the_index_grows()
    {
        var set = new BookSet(metrics: new BookMetrics(new Meter("test.bookset.grow")));
        for (uint i = 0; i < 5_000; i++)
        {
            set.Apply(Make('A', i, 'B', Px(i), i + 1, Last, instrument: 1_000_000 + i));
        }

        set.Books.Should().HaveCount(5_000);
        for (uint i = 0; i < 5_000; i += 97)
        {
            set.Find(1_000_000 + i, 1)!.Top.BidSz.Should().Be(i + 1);
        }
    }

    [Fact]
    public void Integrity_problems_are_published_as_totals_on_the_book_meter()
    {
        using var meter = new Meter(BookMetrics.MeterName);
        var totals = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            tags.Length.Should().Be(0, "no per-instrument tag");
            totals[instrument.Name] = totals.GetValueOrDefault(instrument.Name) + value;
        });
        listener.Start();

        var set = new BookSet(metrics: new BookMetrics(meter));
        set.Apply(Make('A', 1, 'A', Px(100m), 5, Last, instrument: 1));
        set.Apply(Make('A', 2, 'B', Px(101m), 5, Last, instrument: 1));                       // crossed
        set.Apply(Make('A', 2, 'B', Px(100m), 5, Last, instrument: 1));                       // duplicate add, locked
        set.Apply(Make('C', 3, 'B', Px(100m), 5, Last, instrument: 2));                       // unknown
        set.Apply(Make('C', 1, 'A', Px(100m), 9, Last, instrument: 1));                       // negative size
        set.Apply(Make('A', 4, 'N', Px(100m), 9, Last | NQStream.Market.Dbn.Flags.MaybeBadBook, instrument: 2)); // malformed, gap

        totals.Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["nqstream.book.crossed"] = 1,
            ["nqstream.book.locked"] = 1,
            ["nqstream.book.duplicate_add"] = 1,
            ["nqstream.book.unknown_order"] = 1,
            ["nqstream.book.negative_size"] = 1,
            ["nqstream.book.malformed"] = 1,
            ["nqstream.book.maybe_bad_book"] = 1,
        });
        var total = set.TotalIntegrity();
        (total.Crossed, total.Locked, total.DuplicateAdd, total.UnknownOrder, total.NegativeSize, total.Malformed, total.MaybeBadBook)
            .Should().Be((1L, 1L, 1L, 1L, 1L, 1L, 1L));
        total.Problems.Should().Be(5);
    }
}
