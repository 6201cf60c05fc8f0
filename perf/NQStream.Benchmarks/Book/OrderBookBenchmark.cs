using BenchmarkDotNet.Attributes;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Tests.Book.Support;

namespace NQStream.Benchmarks.Book;

/// <summary>
/// Mean book update cost per MBO record on a realistic stream: 1,000,000 records of adds, cancels,
/// modifies and trade events (T, F, C/M) concentrated near the touch, ~1,000 resting orders, fixed seed.
/// Peer in the same run: the naive reference book (SortedDictionary + List) the property test trusts.
/// Each invocation replays the whole stream; it starts with R, so every replay starts from an empty book.
/// Run: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*OrderBookBenchmark*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class OrderBookBenchmark
{
    private const int Records = 1_000_000;

    private MarketEvent[] _events = [];
    private OrderBook _book = null!;
    private BookSet _set = null!;
    private ReferenceBook _reference = null!;

    [GlobalSetup]
    public void Setup()
    {
        var stream = MboStreamGenerator.Generate(seed: 20261121, events: 900_000, chaos: 0, targetOrders: 1_000);
        if (stream.Count < Records)
        {
            throw new InvalidOperationException($"generator produced {stream.Count} records, need {Records}");
        }

        _events = [.. stream.Take(Records)];
        _book = new OrderBook(_events[0].InstrumentId, _events[0].PublisherId);
        _set = new BookSet();
        _reference = new ReferenceBook();
        OrderBookApply(); // grow pools once: steady state allocates nothing
        BookSetApply();
        NaiveReference();
        var mix = _events.GroupBy(e => (char)e.Action).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count() * 100.0 / Records:F1}%");
        Console.WriteLine($"// stream: {string.Join(", ", mix)}; F_LAST {_events.Count(e => e.IsLast) * 100.0 / Records:F1}%; " +
            $"end: {_book.OrderCount} orders, {_book.LevelCount(OrderSide.Bid)} bid / {_book.LevelCount(OrderSide.Ask)} ask levels; " +
            $"reference agrees: {_reference.OrderCount == _book.OrderCount && _reference.Top.BidPx == _book.Top.BidPx && _reference.Top.AskSz == _book.Top.AskSz}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "naive reference (SortedDictionary+List)")]
    public long NaiveReference()
    {
        var r = _reference;
        foreach (ref readonly var e in _events.AsSpan())
        {
            r.Apply(in e);
        }

        return r.OrderCount;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "OrderBook.Apply")]
    public long OrderBookApply()
    {
        var b = _book;
        foreach (ref readonly var e in _events.AsSpan())
        {
            b.Apply(in e);
        }

        return b.Top.BidSz + b.OrderCount;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "BookSet.Apply (book lookup + apply)")]
    public long BookSetApply()
    {
        var s = _set;
        long n = 0;
        foreach (ref readonly var e in _events.AsSpan())
        {
            n += s.Apply(in e)!.OrderCount;
        }

        return n;
    }
}
