using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Tests.Book.Support;
using Xunit;
using static NQStream.Market.Tests.Book.Support.Mbo;

namespace NQStream.Market.Tests.Book;

/// <summary>Event-level rules: F_LAST gating, clears, snapshots, no-change actions, suspect flag.</summary>
public sealed class BookEventTests
{
    private const byte Snap = Flags.Snapshot | Flags.BadTsRecv;

    [Fact]
    public void Nothing_is_published_until_the_record_carrying_F_LAST()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 5), Add(2, 'A', 101m, 5));
        var before = book.Top;

        book.Feed(Cancel(2, 'A', 101m, 5, flags: 0), Add(3, 'A', 100.75m, 9, flags: 0));
        book.EventInProgress.Should().BeTrue();
        book.Top.Should().Be(before);
        book.PublishedAsks.ToArray().Should().Equal(new DepthLevel(Px(101m), 5, 1));
        book.Publications.Should().Be(2);

        book.Feed(Add(4, 'A', 100.75m, 1));
        book.EventInProgress.Should().BeFalse();
        book.Publications.Should().Be(3);
        (book.Top.AskPx, book.Top.AskSz, book.Top.AskCt).Should().Be((Px(100.75m), 10L, 2));
        book.PublishedAsks.ToArray().Should().Equal(new DepthLevel(Px(100.75m), 10, 2));
        book.Top.TsEvent.Should().BeGreaterThan(before.TsEvent);
    }

    [Fact]
    public void Trade_fill_and_none_records_do_not_change_the_book()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'B', 100m, 3));
        var depthBefore = (book.Depth(OrderSide.Bid), book.Depth(OrderSide.Ask));

        book.Feed(Trade('B', 101m, 5), Fill(1, 'A', 101m, 5), None(flags: 0), Make('T', 0, 'A', Px(100m), 3, Last));

        book.Depth(OrderSide.Bid).Should().Equal(depthBefore.Item1);
        book.Depth(OrderSide.Ask).Should().Equal(depthBefore.Item2);
        book.OrderCount.Should().Be(2);

        // The fill's book change arrives as the C that closes the event.
        book.Feed(Trade('B', 101m, 2), Fill(1, 'A', 101m, 2), Cancel(1, 'A', 101m, 2));
        book.Top.AskSz.Should().Be(3);
        book.Integrity.Problems.Should().Be(0);
    }

    [Fact]
    public void Clear_removes_every_order_on_both_sides()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'B', 100m, 3), Clear());

        book.OrderCount.Should().Be(0);
        book.Top.State.Should().Be(BookState.Empty);
        (book.Top.BidPx, book.Top.AskPx).Should().Be((DbnConstants.UndefPrice, DbnConstants.UndefPrice));
        book.Feed(Cancel(1, 'A', 101m, 5));
        book.Integrity.UnknownOrder.Should().Be(1, "cleared orders are gone");
    }

    [Fact]
    public void A_snapshot_rebuilds_the_book_and_publishes_once_at_its_end()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'B', 100m, 3));
        var published = book.Publications;
        var before = book.Top;

        book.Feed(Clear(Snap), Add(10, 'B', 99.5m, 4, Snap), Add(11, 'B', 99.5m, 6, Snap));
        book.Top.Should().Be(before, "a half-applied snapshot is never published");
        book.Publications.Should().Be(published);

        book.Feed(Add(12, 'A', 99.75m, 1, Snap | Flags.Last));
        book.Publications.Should().Be(published + 1);
        book.Queue(OrderSide.Bid, 99.5m).Should().Equal(10UL, 11UL);
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(99.75m), 1, 1));
        book.OrderCount.Should().Be(3);
        book.Top.State.Should().Be(BookState.Ok);

        // Real-time records follow the snapshot.
        book.Feed(Cancel(10, 'B', 99.5m, 4));
        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(99.5m), 6, 1));
        book.Integrity.Problems.Should().Be(0);
    }

    [Fact]
    public void A_snapshot_without_a_clear_still_replaces_the_book()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'B', 100m, 3));

        book.Feed(Add(2, 'B', 100m, 3, Snap), Add(3, 'B', 99m, 1, Snap | Flags.Last));

        book.Integrity.DuplicateAdd.Should().Be(0, "the snapshot started from an empty book");
        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(100m), 3, 1), new DepthLevel(Px(99m), 1, 1));
        book.Depth(OrderSide.Ask).Should().BeEmpty();
        book.Top.State.Should().Be(BookState.OneSided);
    }

    [Fact]
    public void Maybe_bad_book_marks_the_book_suspect_until_the_next_clear()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'B', 100m, 3, Flags.Last | Flags.MaybeBadBook));

        book.Top.State.Should().Be(BookState.Suspect);
        book.IsSuspect.Should().BeTrue();
        book.Feed(Cancel(2, 'B', 100m, 3), Add(3, 'B', 100.25m, 1));
        book.Top.State.Should().Be(BookState.Suspect);
        (book.Top.BidPx, book.Top.AskPx).Should().Be((Px(100.25m), Px(101m)), "a suspect book still carries its prices");

        book.Feed(Clear(), Add(4, 'B', 100m, 1), Add(5, 'A', 100.5m, 1));
        book.Top.State.Should().Be(BookState.Ok);
        book.Integrity.MaybeBadBook.Should().Be(1);
    }

    [Fact]
    public void A_snapshot_clears_the_suspect_flag()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5, Flags.Last | Flags.MaybeBadBook));
        book.Top.State.Should().Be(BookState.Suspect);

        book.Feed(Clear(Snap), Add(2, 'A', 101m, 5, Snap | Flags.Last));

        book.Top.State.Should().Be(BookState.OneSided);
    }

    [Theory]
    [InlineData(100.50, 101.00, BookState.Ok)]
    [InlineData(101.00, 101.00, BookState.Locked)]
    [InlineData(101.25, 101.00, BookState.Crossed)]
    public void State_follows_best_bid_against_best_ask(double bid, double ask, BookState expected)
    {
        var book = NewBook().Feed(Add(1, 'A', (decimal)ask, 5), Add(2, 'B', (decimal)bid, 3));

        book.Top.State.Should().Be(expected);
        book.Integrity.Crossed.Should().Be(expected == BookState.Crossed ? 1 : 0);
        book.Integrity.Locked.Should().Be(expected == BookState.Locked ? 1 : 0);
    }

    [Fact]
    public void Crossed_is_counted_per_publication_and_never_throws()
    {
        var book = NewBook().Feed(Add(1, 'A', 100m, 5), Add(2, 'B', 101m, 3), Add(3, 'B', 101m, 1), Cancel(2, 'B', 101m, 3), Cancel(3, 'B', 101m, 1));

        book.Integrity.Crossed.Should().Be(3);
        book.Top.State.Should().Be(BookState.OneSided);
    }

    [Fact]
    public void Empty_and_one_sided_states()
    {
        var book = NewBook().Feed(None());
        book.Top.State.Should().Be(BookState.Empty);
        book.Feed(Add(1, 'B', 100m, 1));
        book.Top.State.Should().Be(BookState.OneSided);
        book.Top.HasBid.Should().BeTrue();
        book.Top.HasAsk.Should().BeFalse();
        book.Top.AskPx.Should().Be(DbnConstants.UndefPrice);
    }
}
