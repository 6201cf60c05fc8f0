using BenchmarkDotNet.Attributes;
using NQStream.Feeds.Replay;
using NQStream.Feeds.Simulation;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// Iceberg detector per MBO record (docs/algorithms.md §4.7) on a simulated trading day (seed 1, default participant
/// mix, 12 injected icebergs, narrow chain, ≈1,170 instruments), cut at <see cref="Records"/> records; the orders still
/// open at the cut are cancelled at the end, so every invocation starts from empty books and replays one "day".
/// Peer in the same run: <see cref="BookSet"/>.Apply (the L3 books of §2.3, also per-order state) on the same records.
/// The detector reads an instrument's book before the record (lazy order state): "books + detector" is the pipeline's
/// way (the caller's <see cref="BookSet"/>, applied after the detector), so its cost over the peer is the detector's;
/// <c>OnRecord</c> without a book keeps a book per instrument itself. Target: 0 B per record.
/// Run: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*IcebergDetectorBenchmark*'
/// </summary>
[MemoryDiagnoser]
public class IcebergDetectorBenchmark
{
    private const int Records = 500_000;

    private MarketEvent[] _events = [];
    private IcebergDetector _detector = null!;
    private BookSet _books = null!;
    private IcebergDetector _piped = null!;
    private BookSet _pipedBooks = null!;

    [GlobalSetup]
    public void Setup()
    {
        _events = SimulatedDay();
        _detector = new IcebergDetector(new IcebergOptions());
        _books = new BookSet();
        _piped = new IcebergDetector(new IcebergOptions());
        _pipedBooks = new BookSet();
        var found = Detector(); // grow dictionaries and pools once: the steady state allocates nothing
        BookSetApply();
        BooksAndDetector();
        Console.WriteLine($"// stream: {Records} records, {_events.Count(e => e.IsLast)} F_LAST; detector: {_detector.NativeConfirmed} native + " +
            $"{_detector.SyntheticConfirmed} synthetic confirmed in the first pass ({found} emissions), {_detector.TrackedOrders} orders left");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "BookSet.Apply (peer)")]
    public long BookSetApply()
    {
        var set = _books;
        long n = 0;
        foreach (ref readonly var e in _events.AsSpan())
        {
            n += set.Apply(in e) is null ? 0 : 1;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "BookSet + IcebergDetector (caller's book)")]
    public long BooksAndDetector()
    {
        var d = _piped;
        var set = _pipedBooks;
        var sink = default(Count);
        foreach (ref readonly var e in _events.AsSpan())
        {
            var book = set.GetOrAdd(e.InstrumentId, e.PublisherId, out _);
            d.OnRecord(d.SlotOf(e.InstrumentId), in e, book, ref sink);
            book.Apply(in e);
        }

        d.Flush(ref sink);
        return sink.N;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "IcebergDetector.OnRecord (own books)")]
    public long Detector()
    {
        var d = _detector;
        var sink = default(Count);
        foreach (ref readonly var e in _events.AsSpan())
        {
            d.OnRecord(in e, ref sink);
        }

        d.Flush(ref sink);
        return sink.N;
    }

    /// <summary>
    /// The first records of a simulated day whose open orders, cancelled at the end, make exactly <see cref="Records"/>
    /// (padded with no-op <c>N</c> records when one add would overshoot).
    /// </summary>
    private static MarketEvent[] SimulatedDay()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nq-iceberg-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            new Simulator(new SimulationOptions { Seed = 1, EventsPerDay = 700_000, StrikeBand = 0.015, WeeklyHorizonDays = 5, MonthlyHorizonDays = 30 }).Run(dir);
            var day = Directory.GetDirectories(dir).Order(StringComparer.Ordinal).First();
            var all = new List<MarketEvent>();
            using (var source = new DbnReplaySource([Path.Combine(day, "mbo.dbn.zst")]))
            {
                while (source.TryNext(out var e))
                {
                    if (e.Kind == EventKind.Mbo)
                    {
                        all.Add(e);
                    }
                }
            }

            return CutAt(all, Records);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static MarketEvent[] CutAt(List<MarketEvent> all, int records)
    {
        var open = new Dictionary<ulong, MarketEvent>();
        var cut = 0;
        while (cut < all.Count)
        {
            var e = all[cut];
            var grows = e.Action == (byte)'A' && !open.ContainsKey(e.OrderId) ? 2 : 1;
            if (cut + open.Count + grows > records)
            {
                break;
            }

            switch (e.Action)
            {
                case (byte)'A':
                case (byte)'M':
                    open[e.OrderId] = e;
                    break;
                case (byte)'C':
                    if (open.TryGetValue(e.OrderId, out var o) && o.Size <= e.Size)
                    {
                        open.Remove(e.OrderId);
                    }
                    else if (open.TryGetValue(e.OrderId, out o))
                    {
                        o.Size -= e.Size;
                        open[e.OrderId] = o;
                    }

                    break;
            }

            cut++;
        }

        var result = new List<MarketEvent>(records);
        result.AddRange(all.Take(cut));
        var ts = all[cut - 1].TsEvent;
        foreach (var o in open.Values.OrderBy(o => o.OrderId))
        {
            var c = o;
            c.Action = (byte)'C';
            c.TsEvent = ts;
            c.Flags = Flags.Last;
            result.Add(c);
        }

        while (result.Count < records)
        {
            var pad = result[^1];
            pad.Action = (byte)'N';
            pad.Size = 0;
            result.Add(pad);
        }

        return [.. result];
    }

    private struct Count : IOperatorSink<IcebergCandidate>
    {
        public long N;

        public void Emit(in IcebergCandidate item) => N++;
    }
}
