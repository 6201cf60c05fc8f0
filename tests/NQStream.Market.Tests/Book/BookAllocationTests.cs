using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Tests.Book.Support;
using Xunit;

namespace NQStream.Market.Tests.Book;

/// <summary>The hot path allocates nothing once pools have grown (allocation count, not wall clock).</summary>
public sealed class BookAllocationTests
{
    [Fact]
    public void Replaying_a_stream_on_a_warm_book_allocates_zero_bytes()
    {
        var events = MboStreamGenerator.Generate(7, 20_000, chaos: 0.05, targetOrders: 300).ToArray();
        var set = new BookSet(new BookOptions { PublishDepth = 10 });
        Replay(set, events); // grows the pools; the stream starts with R, so each replay starts empty

        var before = GC.GetAllocatedBytesForCurrentThread();
        Replay(set, events);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        set.Books.Should().ContainSingle().Which.Publications.Should().BeGreaterThan(20_000);
    }

    private static void Replay(BookSet set, MarketEvent[] events)
    {
        foreach (ref readonly var e in events.AsSpan())
        {
            set.Apply(in e);
        }
    }
}
