using System.Diagnostics;
using System.Globalization;
using NQStream.Cli.Replay;
using NQStream.Core.Graph;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;
using NQStream.Market.Events;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using NQStream.Operators.Pipeline;
using NQStream.PerfHarness.Ring;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Perf;

/// <summary>
/// <c>perf replay-latency</c>: a recorded day's events published into the replay graph (<see cref="ReplayGraph"/>: ring
/// → IFD pipeline → store) at a fixed rate, the producer busy-spinning on the clock; the graph's operator records
/// ingress (publish) → processed latency per event. The warm-up publishes whole passes of the day first (default two),
/// as fast as the ring takes them, so every code path runs, and is compiled and tiered up, before anything is measured:
/// a first signal of a kind, the first iceberg, a change of trade date, the first calibration from an earlier day's
/// outcomes; then it waits for the graph to drain. When the run needs more events than
/// the day holds, the day is replayed again with its timestamps moved 7 days later per pass (event time keeps moving
/// forward; books empty at the day's end, so a pass starts clean). The producer also records how late it published
/// against its schedule (coordinated omission shows there).
/// </summary>
internal static class ReplayLatencyBench
{
    private const long PassShiftNs = 7L * 86_400 * 1_000_000_000;
    private static readonly double NanosPerTick = 1e9 / Stopwatch.Frequency;

    public sealed record Options(
        IReadOnlyList<string> Files, OperatorsOptions Operators, BaselineHistory? Baseline, long Rate, double Seconds, string Wait, bool Store, string TempDir,
        OfiWindowPolicy OfiWindows, bool Pin = false, int WarmupPasses = 2, WindowClose WindowClose = WindowClose.Watermark);

    public static ReplayLatencyReport Run(Options o, TextWriter output)
    {
        var day = RecordedDay.Load(o.Files);
        var warmup = (long)day.Count * o.WarmupPasses;
        var total = warmup + (long)(o.Rate * o.Seconds);
        var storePath = Path.Combine(o.TempDir, string.Create(CultureInfo.InvariantCulture, $"nqstream-perf-latency-{Environment.ProcessId}.db"));
        var lag = new LogLinearHistogram();
        double sendSeconds;
        GcSnapshot gcDuring;
        LogLinearHistogram hop;
        long processed;
        var store = o.Store ? SqliteStore.Open(storePath) : null;
        try
        {
            using var rows = store is null ? null : new RowBatcher(store);
            var storeSink = rows is null ? null : new StoreIfdSink(rows.Add, null, "10s");
            IIfdSink sink = storeSink is null ? new OutputChecksum() : storeSink;
            var pipeline = new IfdPipeline(o.Operators, o.Baseline, sink, ofiWindows: o.OfiWindows, windowClose: o.WindowClose);
            if (storeSink is not null)
            {
                storeSink.Registry = pipeline.Registry;
            }

            using var graph = new ReplayGraph(pipeline, day, WaitStrategies.Create(o.Wait), recordFrom: warmup, operatorCpu: o.Pin ? 1 : null);
            graph.Start();
            if (o.Pin)
            {
                CpuAffinity.PinCurrentThread(0);
            }

            try
            {
                sendSeconds = Publish(graph, day, o.Rate, warmup, total, lag, out gcDuring);
            }
            finally
            {
                if (o.Pin)
                {
                    CpuAffinity.Release();
                }
            }

            if (!graph.Shutdown(TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException("the replay graph did not drain within 60 s");
            }

            rows?.CompleteAsync().GetAwaiter().GetResult();
            store?.FlushAsync().GetAwaiter().GetResult();
            hop = graph.Operator.LatencyNs;
            processed = pipeline.Events;
        }
        finally
        {
            if (store is not null)
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
                foreach (var suffix in (string[])["", "-wal", "-shm"])
                {
                    File.Delete(storePath + suffix);
                }
            }
        }

        if (processed != total || hop.Count != total - warmup)
        {
            throw new ChecksumMismatchException(string.Create(CultureInfo.InvariantCulture,
                $"latency run: published {total} events, the pipeline handled {processed} and recorded {hop.Count} after the warm-up"));
        }

        var report = new ReplayLatencyReport(o.Rate, o.Seconds, o.Wait, o.Store, day.Count, hop.Count, (total - warmup) / sendSeconds, hop, lag, gcDuring);
        ReplayLatencyReport.Write(report, output);
        return report;
    }

    private static double Publish(ReplayGraph graph, RecordedDay day, long rate, long warmup, long total, LogLinearHistogram lag, out GcSnapshot gcMeasured)
    {
        var events = day.Events;
        var at = 0;
        var shift = 0L;
        for (long i = 0; i < warmup; i++)
        {
            var ev = Next(events, ref at, ref shift);
            graph.Publish(in ev, Stopwatch.GetTimestamp());
        }

        while (graph.Backlog > 0)
        {
            Thread.Sleep(1);
        }

        var gc = GcSnapshot.Take();
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        for (long i = warmup; i < total; i++)
        {
            var scheduled = start + (long)((i - warmup) * interval);
            long now;
            while ((now = Stopwatch.GetTimestamp()) < scheduled)
            {
            }

            var ev = Next(events, ref at, ref shift);
            graph.Publish(in ev, now);
            lag.Record((long)((now - scheduled) * NanosPerTick));
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        gcMeasured = GcSnapshot.Take() - gc;
        return seconds;
    }

    /// <summary>The next event of the day, moved <paramref name="shift"/> later; each wrap starts a pass 7 days on.</summary>
    private static MarketEvent Next(ReadOnlySpan<MarketEvent> events, ref int at, ref long shift)
    {
        var ev = events[at];
        ev.TsEvent += (ulong)shift;
        ev.TsRecv += (ulong)shift;
        if (++at == events.Length)
        {
            at = 0;
            shift += PassShiftNs;
        }

        return ev;
    }
}
