using System.Globalization;
using NQStream.Cli.Replay;

namespace NQStream.Cli.Perf;

/// <summary>What one <c>perf replay</c> run measured, and its one-table text form.</summary>
internal sealed class ReplayBenchReport(long events)
{
    public long Events { get; } = events;

    public List<StageResult> Stages { get; } = [];

    /// <summary>The pipeline stage's outputs (last run), when it ran.</summary>
    public OutputChecksum? Checksum { get; set; }

    /// <summary>The last end-to-end run's summary, when it ran.</summary>
    public ReplaySummary? EndToEnd { get; set; }

    public StageResult? Stage(string name) => Stages.Find(s => s.Name == name);

    public static void Write(ReplayBenchReport report, TextWriter output)
    {
        var books = report.Stage("books");
        output.WriteLine(Invariant($"{"stage",-14} {"items",12} {"runs",4} {"median s",9} {"M/s med",8} {"M/s best",8} {"M/s cpu",8} {"B/item",7} {"x books",8}"));
        foreach (var s in report.Stages)
        {
            var vsBooks = books is not null && s.Unit == "events" ? (s.MedianWall / books.MedianWall).ToString("F2", CultureInfo.InvariantCulture) : "-";
            var name = s.Unit == "rows" ? s.Name + " (rows)" : s.Name;
            output.WriteLine(Invariant(
                $"{name,-14} {s.Items,12:N0} {s.Runs.Count,4} {s.MedianWall,9:F3} {s.Rate / 1e6,8:F2} {s.BestRate / 1e6,8:F2} {s.CpuRate / 1e6,8:F2} {s.BytesPerItem,7:F1} {vsBooks,8}"));
        }

        if (report.Checksum is { } sum)
        {
            output.WriteLine(Invariant(
                $"pipeline outputs: checksum {sum.Value:x16}; windows ofi {sum.OfiWindows:N0} + flow {sum.FlowWindows:N0} ({sum.StoredWindows:N0} stored), signals {sum.Signals:N0}, outcomes {sum.Outcomes:N0}"));
        }

        if (report.EndToEnd is { } e)
        {
            output.WriteLine(Invariant(
                $"e2e (last run): {e.Events:N0} events, {e.WindowsWritten:N0} windows + {e.Signals:N0} signals stored, {e.Instruments:N0} instruments, book problems {e.BookProblems}"));
        }

        output.WriteLine("x books = median wall time of the stage / median wall time of BookSet.Apply alone on the same events (same run).");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
