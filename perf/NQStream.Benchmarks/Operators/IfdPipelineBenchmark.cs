using BenchmarkDotNet.Attributes;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// The whole IFD pipeline per record (books, aggressor events, icebergs, enrichment, filters, signals, OFI and aggressor
/// imbalance windows; docs/algorithms.md §2–§5) on a simulated trading day (seed 7, <c>events_per_day</c> 1,000,000:
/// ≈1.22 M MBO and statistics records over ≈6,200 instruments, the mix of the <c>replay --demo</c> day, padded with
/// no-op <c>N</c> records to <see cref="Records"/>), in steady state: each iteration builds a pipeline, applies the
/// definitions and replays the day once outside the measurement (every book, dictionary and pool grows to the day's
/// working set), then the measured invocation replays the same day 7 days later (timestamps shifted), so allocations
/// are those of a day whose instruments are already known. Signals and windows go to a counting sink (no store). Peer
/// in the same run: <see cref="BookSet"/>.Apply alone on the same records, warmed the same way. No baseline history
/// (volume-shock signals off; the ratio lookup is per option trade, rare). Goal: 0 B per record.
/// Run: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*IfdPipelineBenchmark*'
/// </summary>
[MemoryDiagnoser]
public class IfdPipelineBenchmark
{
    private const ulong WeekNs = 7UL * 86_400 * 1_000_000_000;

    /// <summary>Records per invocation (the day's market records, padded).</summary>
    private const int Records = 1_250_000;

    private MarketEvent[] _events = [];
    private List<Instrument> _definitions = [];
    private IfdPipeline _pipeline = null!;
    private BookSet _books = null!;
    private CountingSink _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_events, _definitions) = SimulatedDay();
        Console.WriteLine($"// day: {_events.Length:N0} records, {_definitions.Count:N0} definitions");
    }

    [IterationSetup(Target = nameof(Pipeline))]
    public void SetupPipeline()
    {
        _sink = new CountingSink();
        _pipeline = new IfdPipeline(new OperatorsOptions(), null, _sink);
        foreach (var instrument in _definitions)
        {
            _pipeline.OnDefinition(instrument);
        }

        Replay(_pipeline, 0);
    }

    [IterationSetup(Target = nameof(BookSetApply))]
    public void SetupBooks()
    {
        _books = new BookSet();
        ApplyBooks(_books, 0);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "BookSet.Apply (peer)")]
    public long BookSetApply() => ApplyBooks(_books, WeekNs);

    [Benchmark(OperationsPerInvoke = Records, Description = "IfdPipeline.OnEvent")]
    public long Pipeline()
    {
        Replay(_pipeline, WeekNs);
        return _sink.Count;
    }

    private long ApplyBooks(BookSet books, ulong shift)
    {
        long n = 0;
        foreach (var source in _events)
        {
            var e = source;
            e.TsEvent += shift;
            e.TsRecv += shift;
            n += books.Apply(in e) is null ? 0 : 1;
        }

        return n;
    }

    private void Replay(IfdPipeline pipeline, ulong shift)
    {
        foreach (var source in _events)
        {
            var e = source;
            e.TsEvent += shift;
            e.TsRecv += shift;
            pipeline.OnEvent(in e);
        }
    }

    private static (MarketEvent[] Events, List<Instrument> Definitions) SimulatedDay()
    {
        var (events, definitions) = Simulation.SimulatedDay.Load(seed: 7, eventsPerDay: 1_000_000);
        if (events.Count > Records)
        {
            throw new InvalidOperationException($"the simulated day has {events.Count} records, more than {Records}");
        }

        var pad = events[^1];
        pad.Kind = EventKind.Mbo;
        pad.Action = (byte)'N';
        pad.Size = 0;
        pad.Flags = NQStream.Market.Dbn.Flags.Last;
        while (events.Count < Records)
        {
            events.Add(pad);
        }

        return ([.. events], definitions);
    }

    private sealed class CountingSink : IIfdSink
    {
        public long Count;

        public void OnSignal(Signal signal, SignalContext context) => Count++;

        public void OnOfiWindow(uint instrumentId, in OfiWindow window) => Count++;

        public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window) => Count++;

        public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol) => Count++;

        public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol) => Count++;

        public void OnBucketClose(in BucketRatio bucket) => Count++;
    }
}
