using System.Diagnostics;
using NQStream.Core.Ring;
using NQStream.Feeds.Replay;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Signals;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Metrics;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Replay;

/// <summary>
/// The main job's data path: DBN files → <see cref="DbnReplaySource"/> (merged by index time, paced by
/// <see cref="ReplayRequest.Speed"/>) → the MarketEvent ring → the IFD graph operator (<see cref="IfdPipeline"/>:
/// books, aggressor events, filters, baseline ratios, confidence, priority, signals, pressure windows) → a bounded
/// queue → the embedded SQLite store. A full queue blocks the operator, which fills the ring, which blocks the
/// feed: backpressure end to end, nothing dropped.
/// </summary>
internal static class ReplayRunner
{
    private const long WindowNs = 10_000_000_000;

    /// <summary>Latency is sampled on 1 event in 16: percentiles stay exact enough, the clock reads leave the hot path.</summary>
    private const int LatencySampleEvery = 16;

    public static async Task<ReplaySummary> RunAsync(ReplayRequest request, Action<long>? progress, Action<Signal>? onSignal = null)
    {
        var definitions = new DefinitionHandoff();
        using var source = new DbnReplaySource(request.Files, definitions);
        var store = SqliteStore.Open(request.StorePath);
        var questdb = request.QuestDbConfig is null ? null : IlpSender.Create(request.QuestDbConfig);
        await using (store.ConfigureAwait(false))
        await using ((IAsyncDisposable?)questdb ?? NoSender.Instance)
        {
            using var rows = new RowBatcher(store, questdb);
            var sink = new StoreIfdSink(rows.Add, request.Metrics?.Signals, "10s");
            using var stream = new SignalStream(sink);
            using var subscription = onSignal is null ? null : stream.Subscribe(onSignal);
            var pipeline = new IfdPipeline(request.Options, request.Baseline, stream, WindowNs, request.OfiWindows, request.WindowClose);
            sink.Registry = pipeline.Registry;
            using var graph = new ReplayGraph(pipeline, definitions, new YieldingWaitStrategy(), sampleEvery: LatencySampleEvery);
            var pacer = new ReplayPacer(request.Speed);
            var clock = Stopwatch.StartNew();
            graph.Start();
            long published = 0;
            while (source.TryNext(out var ev))
            {
                pacer.Wait(ev.TsEvent);
                graph.Publish(in ev);
                if ((++published & 0x3FFF) == 0)
                {
                    progress?.Invoke(published);
                    request.Metrics?.EventsProcessed.Add(0x4000);
                }
            }

            var drained = graph.Shutdown(TimeSpan.FromMinutes(5));
            stream.Complete();
            await rows.CompleteAsync().ConfigureAwait(false);
            await store.FlushAsync().ConfigureAwait(false);
            var seconds = clock.Elapsed.TotalSeconds;
            if (!drained)
            {
                throw new InvalidOperationException("the replay graph did not drain (an operator halted; see the fault log above)");
            }

            progress?.Invoke(published);
            return Summarize(request, pipeline, sink, graph.Operator, source, published, seconds);
        }
    }

    private static ReplaySummary Summarize(ReplayRequest request, IfdPipeline pipeline, StoreIfdSink sink, IfdGraphOperator op, DbnReplaySource source, long published, double seconds)
    {
        var byPriority = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in Enum.GetValues<SignalPriority>())
        {
            byPriority[SignalNames.Of(p)] = pipeline.SignalsByPriority[(int)p];
        }

        var byKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var k in Enum.GetValues<SignalKind>())
        {
            byKind[SignalNames.Of(k)] = pipeline.SignalsByKind[(int)k];
        }

        var h = op.LatencyNs;
        return new ReplaySummary
        {
            Events = published,
            Seconds = seconds,
            EventsPerSecond = seconds > 0 ? published / seconds : 0,
            Signals = sink.SignalCount,
            SignalsByPriority = byPriority,
            SignalsByKind = byKind,
            TopSignals = [.. sink.Top],
            LatencyUs = new LatencySummary(h.Percentile(50) / 1e3, h.Percentile(99) / 1e3, h.Percentile(99.9) / 1e3, h.Max / 1e3),
            Trades = pipeline.AggressorEvents,
            WindowsWritten = sink.WindowsWritten,
            Instruments = pipeline.Books.Books.Count,
            BookProblems = pipeline.Books.TotalIntegrity().Problems,
            SkippedRecords = source.Counters.SkippedRecords + source.Counters.UnknownRecords,
            Store = request.StorePath,
            ParameterSetId = pipeline.ParameterSetId,
            Baseline = request.Baseline is not null,
        };
    }
}

/// <summary>What to replay and how.</summary>
internal sealed record ReplayRequest(
    IReadOnlyList<string> Files,
    string StorePath,
    NQStream.Operators.Options.OperatorsOptions Options,
    NQStream.Operators.Baseline.BaselineHistory? Baseline,
    ReplaySpeed Speed,
    EngineMetrics? Metrics)
{
    /// <summary>Which OFI windows reach the store (<c>--ofi-windows</c>; default all).</summary>
    public OfiWindowPolicy OfiWindows { get; init; } = OfiWindowPolicy.All;

    /// <summary>When per-instrument windows are emitted.</summary>
    public WindowClose WindowClose { get; init; } = WindowClose.Watermark;

    /// <summary>ILP configuration string of QuestDB (<c>sinks.questdb</c> enabled); null: the embedded store only.</summary>
    public string? QuestDbConfig { get; init; }
}

/// <summary>Stands in for "no QuestDB sender" in an <c>await using</c>.</summary>
internal sealed class NoSender : IAsyncDisposable
{
    public static NoSender Instance { get; } = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
