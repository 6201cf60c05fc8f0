using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Tests.Book.Support;
using Xunit;
using static NQStream.Market.Tests.Book.Support.Mbo;

namespace NQStream.Market.Tests.Book;

/// <summary>Queue position of resting orders and size ahead at a price.</summary>
public sealed class QueuePositionTests
{
    private static OrderBook Sample() => NewBook().Feed(
        Add(1, 'B', 100m, 5), Add(2, 'B', 100m, 7), Add(3, 'B', 100m, 2), Add(4, 'B', 100.25m, 4), Add(5, 'B', 99.75m, 9),
        Add(6, 'A', 101m, 3), Add(7, 'A', 101m, 8), Add(8, 'A', 100.75m, 1));

    [Fact]
    public void Position_counts_orders_and_size_ahead_in_the_fifo()
    {
        var book = Sample();

        book.TryGetQueuePosition(1, out var first).Should().BeTrue();
        first.Should().Be(new QueuePosition(OrderSide.Bid, Px(100m), 5, 0, 0, 3, 14));
        book.TryGetQueuePosition(3, out var third).Should().BeTrue();
        third.Should().Be(new QueuePosition(OrderSide.Bid, Px(100m), 2, 2, 12, 3, 14));
        book.TryGetQueuePosition(7, out var ask).Should().BeTrue();
        ask.Should().Be(new QueuePosition(OrderSide.Ask, Px(101m), 8, 1, 3, 2, 11));
        book.TryGetQueuePosition(42, out _).Should().BeFalse();
    }

    [Fact]
    public void Position_moves_up_as_orders_ahead_leave_and_back_on_size_increase()
    {
        var book = Sample().Feed(Cancel(1, 'B', 100m, 5), Cancel(2, 'B', 100m, 3));

        book.TryGetQueuePosition(3, out var q).Should().BeTrue();
        (q.Position, q.SizeAhead).Should().Be((1, 4L));

        book.Feed(Modify(2, 'B', 100m, 6));
        book.TryGetQueuePosition(3, out q).Should().BeTrue();
        (q.Position, q.SizeAhead, q.LevelSize).Should().Be((0, 0L, 8L));
    }

    [Fact]
    public void Size_ahead_at_a_price_includes_better_levels_and_the_whole_queue_there()
    {
        var book = Sample();

        book.SizeAhead(OrderSide.Bid, Px(100.25m)).Should().Be(4);
        book.SizeAhead(OrderSide.Bid, Px(100m)).Should().Be(18);
        book.SizeAhead(OrderSide.Bid, Px(99.90m)).Should().Be(18, "no level at 99.90: everything better");
        book.SizeAhead(OrderSide.Bid, Px(99m)).Should().Be(27);
        book.SizeAhead(OrderSide.Bid, Px(100.50m)).Should().Be(0);
        book.SizeAhead(OrderSide.Ask, Px(101m)).Should().Be(12);
        book.SizeAhead(OrderSide.Ask, Px(100.75m)).Should().Be(1);
        book.TryGetLevel(OrderSide.Ask, Px(101m), out var level).Should().BeTrue();
        level.Should().Be(new DepthLevel(Px(101m), 11, 2));
        book.TryGetLevel(OrderSide.Ask, Px(100.5m), out _).Should().BeFalse();
    }

    [Fact]
    public void An_order_s_side_price_and_size_are_read_without_walking_its_level()
    {
        var book = Sample().Feed(Cancel(2, 'B', 100m, 3), Modify(8, 'A', 100.5m, 0));

        book.TryGetOrder(2, out var side, out var price, out var size).Should().BeTrue();
        (side, price, size).Should().Be((OrderSide.Bid, Px(100m), 4u));
        book.TryGetOrder(6, out side, out price, out size).Should().BeTrue();
        (side, price, size).Should().Be((OrderSide.Ask, Px(101m), 3u));
        book.TryGetOrder(8, out side, out price, out size).Should().BeTrue("a modify to size 0 leaves the order resting");
        (side, price, size).Should().Be((OrderSide.Ask, Px(100.5m), 0u));
        book.Feed(Cancel(6, 'A', 101m, 3));
        book.TryGetOrder(6, out side, out price, out size).Should().BeFalse();
        (side, price, size).Should().Be((default(OrderSide), 0L, 0u));
    }
}
