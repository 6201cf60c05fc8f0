using System.Globalization;
using NQStream.Cli.Replay;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Operators.Pipeline;
using NQStream.PerfHarness.Ring;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Perf;

/// <summary>
/// <c>perf replay</c>: the replay's throughput stage by stage on one recorded day. <b>decode</b> (DBN files → events,
/// the feed thread's work), <b>books</b> (<see cref="BookSet"/> alone over the same events: the peer every other stage
/// is compared with), <b>pipeline</b> (<see cref="IfdPipeline"/> over the in-memory events, outputs folded into an
/// <see cref="OutputChecksum"/>), <b>rows</b> (the same with the store rows built, <see cref="StoreIfdSink"/>),
/// <b>store</b> (those rows into a fresh SQLite store: rows/s) and <b>e2e</b> (the main job: files → decode → ring →
/// pipeline → store, timed to the last commit). Every pipeline run must give the same checksum.
/// </summary>
internal static class ReplayBench
{
    public static ReplayBenchReport Run(ReplayBenchOptions o, TextWriter output)
    {
        var day = RecordedDay.Load(o.Files);
        var events = day.Count;
        var report = new ReplayBenchReport(events);
        if (o.Stages.Contains("decode"))
        {
            // The load above is the warm-up. The measured runs decode into one array sized and touched here, out of the
            // timing: the stage measures the feed itself (files → events, as the feed thread before the ring), not the
            // harness's array growth and first-touch page faults.
            var decode = new StageResult("decode", "events", events);
            var into = new MarketEvent[Math.Max(1, events)];
            into.AsSpan().Clear(); // touches every page before the timing
            for (var i = 0; i < o.Repeat; i++)
            {
                decode.Add(StageTiming.Measure(() => RecordedDay.Load(o.Files, into)));
            }

            report.Stages.Add(decode);
        }

        if (o.Stages.Contains("books"))
        {
            report.Stages.Add(Repeat("books", "events", events, o.Repeat, () => RunBooks(day)));
        }

        if (o.Stages.Contains("pipeline"))
        {
            ulong? first = null;
            report.Stages.Add(Repeat("pipeline", "events", events, o.Repeat, () =>
            {
                var sum = RunPipeline(day, o);
                report.Checksum = sum;
                first ??= sum.Value;
                if (sum.Value != first)
                {
                    throw new ChecksumMismatchException(Invariant($"pipeline checksum changed between runs: {first:x16} then {sum.Value:x16}"));
                }
            }));
            if (o.ExpectChecksum is ulong expected && first != expected)
            {
                throw new ChecksumMismatchException(Invariant($"pipeline checksum {first:x16}, expected {expected:x16}: the outputs changed"));
            }
        }

        List<SinkRow>? rows = null;
        if (o.Stages.Contains("rows") || o.Stages.Contains("store"))
        {
            var stage = Repeat("pipeline+rows", "events", events, o.Repeat, () => rows = RunRows(day, o));
            if (o.Stages.Contains("rows"))
            {
                report.Stages.Add(stage);
            }
        }

        if (o.Stages.Contains("store") && rows is not null)
        {
            var store = new StageResult("store", "rows", rows.Count);
            for (var i = 0; i < o.Repeat; i++)
            {
                store.Add(StageTiming.Measure(() => WriteStore(rows, TempStore(o, "store"))));
            }

            report.Stages.Add(store);
        }

        if (o.Stages.Contains("e2e"))
        {
            var e2e = new StageResult("e2e", "events", events);
            for (var i = 0; i < o.Repeat; i++)
            {
                e2e.Add(StageTiming.Measure(() => RunEndToEnd(o, report)));
            }

            report.Stages.Add(e2e);
        }

        ReplayBenchReport.Write(report, output);
        return report;
    }

    public static void RunBooks(RecordedDay day)
    {
        var books = new BookSet();
        foreach (ref readonly var e in day.Events)
        {
            books.Apply(in e);
        }
    }

    public static OutputChecksum RunPipeline(RecordedDay day, ReplayBenchOptions o)
    {
        var sum = new OutputChecksum();
        Drive(day, new IfdPipeline(o.Operators, o.Baseline, sum, ofiWindows: o.OfiWindows, windowClose: o.WindowClose));
        return sum;
    }

    private static List<SinkRow> RunRows(RecordedDay day, ReplayBenchOptions o)
    {
        var rows = new List<SinkRow>(1 << 20);
        var sink = new StoreIfdSink(rows.Add, null, "10s");
        var pipeline = new IfdPipeline(o.Operators, o.Baseline, sink, ofiWindows: o.OfiWindows, windowClose: o.WindowClose);
        sink.Registry = pipeline.Registry;
        Drive(day, pipeline);
        return rows;
    }

    private static void Drive(RecordedDay day, IfdPipeline pipeline)
    {
        foreach (ref readonly var e in day.Events)
        {
            if (e.Kind == EventKind.Definition)
            {
                pipeline.OnDefinition(day.Take(e.Aux64));
            }

            pipeline.OnEvent(in e);
        }

        pipeline.Finish();
    }

    private static void WriteStore(List<SinkRow> rows, string path)
    {
        var store = SqliteStore.Open(path);
        try
        {
            // As the replay hands rows over: arrays of RowBatcher.BatchRows, one transaction each.
            for (var at = 0; at < rows.Count; at += RowBatcher.BatchRows)
            {
                var batch = rows.GetRange(at, Math.Min(RowBatcher.BatchRows, rows.Count - at)).ToArray();
                store.WriteBatchAsync(batch, batch.Length).AsTask().GetAwaiter().GetResult();
            }

            store.FlushAsync().GetAwaiter().GetResult();
            if (store.Committed != rows.Count)
            {
                throw new ChecksumMismatchException(Invariant($"store committed {store.Committed} rows, expected {rows.Count}"));
            }
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            DeleteStore(path);
        }
    }

    private static void RunEndToEnd(ReplayBenchOptions o, ReplayBenchReport report)
    {
        var path = TempStore(o, "e2e");
        try
        {
            var summary = ReplayRunner.RunAsync(new ReplayRequest(o.Files, path, o.Operators, o.Baseline, ReplaySpeed.Max, null) { OfiWindows = o.OfiWindows, WindowClose = o.WindowClose }, null).GetAwaiter().GetResult();
            report.EndToEnd = summary;
            if (report.Checksum is { } sum && (summary.WindowsWritten != sum.StoredWindows || summary.Signals != sum.Signals))
            {
                throw new ChecksumMismatchException(Invariant(
                    $"e2e wrote {summary.WindowsWritten} windows and {summary.Signals} signals, the pipeline stage {sum.StoredWindows} and {sum.Signals}"));
            }
        }
        finally
        {
            DeleteStore(path);
        }
    }

    private static StageResult Repeat(string name, string unit, long items, int repeat, Action body)
    {
        body(); // warm-up: JIT tiers, first-touch of the data
        var result = new StageResult(name, unit, items);
        for (var i = 0; i < repeat; i++)
        {
            result.Add(StageTiming.Measure(body));
        }

        return result;
    }

    private static string TempStore(ReplayBenchOptions o, string stage) =>
        Path.Combine(o.TempDir, Invariant($"nqstream-perf-{stage}-{Environment.ProcessId}.db"));

    private static void DeleteStore(string path)
    {
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(path + suffix);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
