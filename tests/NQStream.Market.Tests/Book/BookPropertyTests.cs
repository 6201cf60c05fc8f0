using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Tests.Book.Support;
using Xunit;

namespace NQStream.Market.Tests.Book;

/// <summary>
/// Property: on random MBO streams (valid and invalid), the book and the naive
/// <see cref="ReferenceBook"/> publish the same top of book, state and depth after every F_LAST, and
/// agree on queue positions and integrity counts. Seeded, so a failure names the seed and the record.
/// </summary>
public sealed class BookPropertyTests
{
    private const int Depth = 10;

    [Theory]
    [InlineData(0, 1_500, 0.0, 40)]    // clean streams, small books
    [InlineData(1, 1_500, 0.08, 25)]   // invalid and unusual records mixed in
    [InlineData(2, 1_000, 0.25, 12)]   // mostly chaos: tiny books, many crossings and clears
    [InlineData(3, 100, 0.02, 600)]    // deep books: hundreds of levels, long scans
    public void Book_matches_the_reference_after_every_published_event(int group, int seeds, double chaos, int targetOrders)
    {
        var events = targetOrders > 100 ? 3_000 : 300;
        for (var s = 0; s < seeds; s++)
        {
            var seed = (group * 1_000_003) + s;
            Compare(seed, MboStreamGenerator.Generate(seed, events, chaos, targetOrders));
        }
    }

    private static void Compare(int seed, List<MarketEvent> stream)
    {
        var book = new OrderBook(42_005_347, 1, new BookOptions { PublishDepth = Depth, InitialOrders = 4, InitialLevels = 4 });
        var reference = new ReferenceBook(Depth);
        var depth = new DepthLevel[Depth];
        for (var i = 0; i < stream.Count; i++)
        {
            var e = stream[i];
            book.Apply(in e);
            reference.Apply(in e);
            if (book.EventInProgress != reference.EventInProgress)
            {
                book.EventInProgress.Should().Be(reference.EventInProgress, Where(seed, i, e));
            }

            if (!e.IsLast)
            {
                continue;
            }

            var (a, b) = (book.Top, reference.Top);
            if ((a.BidPx, a.BidSz, a.BidCt, a.AskPx, a.AskSz, a.AskCt, a.State, a.TsEvent) != (b.BidPx, b.BidSz, b.BidCt, b.AskPx, b.AskSz, b.AskCt, b.State, b.TsEvent))
            {
                a.Should().BeEquivalentTo(b, o => o.Excluding(t => t.InstrumentId).Excluding(t => t.PublisherId), Where(seed, i, e));
            }

            if (!book.PublishedBids.SequenceEqual(reference.PublishedBids.ToArray()) || !book.PublishedAsks.SequenceEqual(reference.PublishedAsks.ToArray()))
            {
                book.PublishedBids.ToArray().Should().Equal(reference.PublishedBids, Where(seed, i, e));
                book.PublishedAsks.ToArray().Should().Equal(reference.PublishedAsks, Where(seed, i, e));
            }

            if (i % 64 == 0)
            {
                DeepChecks(book, reference, depth, Where(seed, i, e));
            }
        }

        book.OrderCount.Should().Be(reference.OrderCount, $"seed {seed}");
        book.Integrity.Should().Be(reference.Integrity, $"seed {seed}");
    }

    private static string Where(int seed, int record, in MarketEvent e) => $"seed {seed}, record {record} ({(char)e.Action} id {e.OrderId})";

    /// <summary>Full depth of both sides and the queue position of every resting order.</summary>
    private static void DeepChecks(OrderBook book, ReferenceBook reference, DepthLevel[] buffer, string where)
    {
        foreach (var side in new[] { OrderSide.Bid, OrderSide.Ask })
        {
            var all = new DepthLevel[book.LevelCount(side)];
            book.CopyDepth(side, all);
            all.Should().Equal(reference.Depth(side, int.MaxValue), where);
            book.CopyDepth(side, buffer).Should().Be(Math.Min(buffer.Length, all.Length));
        }

        // Every order in small books; a spread-out sample of ~50 in deep ones (the reference is O(n) per order).
        var ids = reference.OrderIds.ToList();
        var step = Math.Max(1, ids.Count / 50);
        for (var k = 0; k < ids.Count; k += step)
        {
            var id = ids[k];
            book.TryGetQueuePosition(id, out var q).Should().BeTrue(where);
            q.Should().Be(reference.Position(id)!.Value, where);
        }

        book.OrderCount.Should().Be(reference.OrderCount, where);
        book.Integrity.Should().Be(reference.Integrity, where);
    }
}
