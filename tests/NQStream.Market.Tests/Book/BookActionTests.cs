using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Tests.Book.Support;
using Xunit;
using static NQStream.Market.Tests.Book.Support.Mbo;

namespace NQStream.Market.Tests.Book;

/// <summary>Every row of the action table (dbn.md §10, algorithms.md §2.3) on hand-built sequences.</summary>
public sealed class BookActionTests
{
    [Fact]
    public void Adds_queue_at_the_back_of_their_level_and_sort_levels_best_first()
    {
        var book = NewBook().Feed(
            Add(1, 'B', 100.00m, 5), Add(2, 'B', 100.00m, 7), Add(3, 'B', 99.75m, 1),
            Add(4, 'A', 100.50m, 2), Add(5, 'A', 100.25m, 3), Add(6, 'A', 100.25m, 4));

        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(100.00m), 12, 2), new DepthLevel(Px(99.75m), 1, 1));
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(100.25m), 7, 2), new DepthLevel(Px(100.50m), 2, 1));
        book.Queue(OrderSide.Bid, 100.00m).Should().Equal(1UL, 2UL);
        book.Queue(OrderSide.Ask, 100.25m).Should().Equal(5UL, 6UL);
        var top = book.Top;
        (top.BidPx, top.BidSz, top.BidCt, top.AskPx, top.AskSz, top.AskCt, top.State)
            .Should().Be((Px(100.00m), 12L, 2, Px(100.25m), 7L, 2, BookState.Ok));
        book.OrderCount.Should().Be(6);
    }

    [Fact]
    public void Partial_cancel_reduces_the_order_in_place_and_full_cancel_removes_it_and_its_level()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 5), Add(2, 'B', 100m, 7), Add(3, 'B', 99m, 1));

        book.Feed(Cancel(1, 'B', 100m, 2));
        book.Depth(OrderSide.Bid)[0].Should().Be(new DepthLevel(Px(100m), 10, 2));
        book.Queue(OrderSide.Bid, 100m).Should().Equal(1UL, 2UL);

        book.Feed(Cancel(1, 'B', 100m, 3), Cancel(2, 'B', 100m, 7));
        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(99m), 1, 1));
        book.Top.BidPx.Should().Be(Px(99m));
        book.OrderCount.Should().Be(1);
        book.Integrity.Problems.Should().Be(0);
    }

    [Fact]
    public void Cancel_for_an_unknown_order_is_counted_and_changes_nothing()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Cancel(99, 'A', 101m, 5));

        book.Integrity.UnknownOrder.Should().Be(1);
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(101m), 5, 1));
    }

    [Fact]
    public void Cancel_larger_than_the_resting_size_removes_the_order_and_counts_negative_size()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 5), Add(2, 'A', 101m, 1), Cancel(1, 'A', 101m, 8));

        book.Integrity.NegativeSize.Should().Be(1);
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(101m), 1, 1));
        book.TryGetQueuePosition(1, out _).Should().BeFalse();
    }

    [Fact]
    public void Modify_for_an_unknown_order_is_an_add_and_is_counted()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 1), Modify(7, 'B', 100m, 4));

        book.Queue(OrderSide.Bid, 100m).Should().Equal(1UL, 7UL);
        book.Top.BidSz.Should().Be(5);
        book.Integrity.UnknownOrder.Should().Be(1);
    }

    [Fact]
    public void Modify_to_a_new_price_moves_the_order_to_the_back_of_the_new_level()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 1), Add(2, 'B', 99m, 2), Add(3, 'B', 99m, 3), Modify(1, 'B', 99m, 1));

        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(99m), 6, 3));
        book.Queue(OrderSide.Bid, 99m).Should().Equal(2UL, 3UL, 1UL);
    }

    [Fact]
    public void Modify_with_a_larger_size_loses_priority_at_the_same_price()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 1), Add(2, 'A', 101m, 2), Add(3, 'A', 101m, 3), Modify(1, 'A', 101m, 5));

        book.Queue(OrderSide.Ask, 101m).Should().Equal(2UL, 3UL, 1UL);
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(101m), 10, 3));
    }

    [Fact]
    public void Modify_with_a_smaller_or_equal_size_keeps_priority()
    {
        var book = NewBook().Feed(Add(1, 'A', 101m, 4), Add(2, 'A', 101m, 2), Modify(1, 'A', 101m, 3), Modify(1, 'A', 101m, 3));

        book.Queue(OrderSide.Ask, 101m).Should().Equal(1UL, 2UL);
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(101m), 5, 2));
        book.TryGetQueuePosition(2, out var q).Should().BeTrue();
        q.Should().Be(new QueuePosition(OrderSide.Ask, Px(101m), 2, 1, 3, 2, 5));
    }

    [Fact]
    public void Modify_never_changes_the_side()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 4), Modify(1, 'A', 100.25m, 4));

        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(100.25m), 4, 1));
        book.Depth(OrderSide.Ask).Should().BeEmpty();
    }

    [Fact]
    public void Add_for_a_resting_id_replaces_the_order_and_is_counted()
    {
        var book = NewBook().Feed(Add(1, 'B', 100m, 4), Add(2, 'B', 100m, 1), Add(1, 'A', 102m, 6));

        book.Integrity.DuplicateAdd.Should().Be(1);
        book.Depth(OrderSide.Bid).Should().Equal(new DepthLevel(Px(100m), 1, 1));
        book.Depth(OrderSide.Ask).Should().Equal(new DepthLevel(Px(102m), 6, 1));
        book.OrderCount.Should().Be(2);
    }

    [Fact]
    public void Adds_without_a_side_or_price_are_counted_as_malformed_and_ignored()
    {
        var book = NewBook().Feed(
            Add(1, 'N', 100m, 4),
            Make('A', 2, 'B', NQStream.Market.Dbn.DbnConstants.UndefPrice, 1, Last),
            Make('M', 3, 'A', NQStream.Market.Dbn.DbnConstants.UndefPrice, 1, Last));

        book.Integrity.Malformed.Should().Be(3);
        book.Integrity.UnknownOrder.Should().Be(1);
        book.OrderCount.Should().Be(0);
        book.Top.State.Should().Be(BookState.Empty);
    }

    [Fact]
    public void Negative_prices_sort_correctly_on_both_sides()
    {
        var book = NewBook().Feed(
            Add(1, 'B', -1.50m, 1), Add(2, 'B', -0.25m, 1), Add(3, 'B', -3m, 1),
            Add(4, 'A', 0.50m, 1), Add(5, 'A', -0.05m, 1), Add(6, 'A', 2m, 1));

        book.Depth(OrderSide.Bid).Select(l => l.Price).Should().Equal(Px(-0.25m), Px(-1.50m), Px(-3m));
        book.Depth(OrderSide.Ask).Select(l => l.Price).Should().Equal(Px(-0.05m), Px(0.50m), Px(2m));
        book.Top.State.Should().Be(BookState.Ok, "-0.25 bid is below the -0.05 ask");
    }

    [Fact]
    public void Many_orders_and_levels_grow_the_pools_and_drain_back_to_empty()
    {
        var book = new OrderBook(1, 1, new BookOptions { InitialOrders = 4, InitialLevels = 4, PublishDepth = 3 });
        for (ulong i = 0; i < 20_000; i++)
        {
            var level = (decimal)(i / 2 % 700) * 0.25m;
            book.Feed(Add(i + 1, i % 2 == 0 ? 'B' : 'A', i % 2 == 0 ? 1000m - level : 1001m + level, 2));
        }

        book.OrderCount.Should().Be(20_000);
        book.LevelCount(OrderSide.Bid).Should().Be(700);
        book.PublishedBids.ToArray().Should().Equal(new DepthLevel(Px(1000m), 30, 15), new DepthLevel(Px(999.75m), 30, 15), new DepthLevel(Px(999.50m), 30, 15));
        for (ulong i = 0; i < 20_000; i += 1)
        {
            var id = (i * 7919) % 20_000; // every id once, scattered
            book.Feed(Cancel(id + 1, 'N', 0m, 2));
        }

        book.OrderCount.Should().Be(0);
        book.LevelCount(OrderSide.Bid).Should().Be(0);
        book.LevelCount(OrderSide.Ask).Should().Be(0);
        book.Integrity.Problems.Should().Be(0);
        book.Top.State.Should().Be(BookState.Empty);
    }
}
