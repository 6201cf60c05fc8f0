using System.Globalization;
using NQStream.Operators.Signals;
using Spectre.Console;

namespace NQStream.Cli.Replay;

/// <summary>The replay summary as console output (tables and a chart) and as <c>--summary-json</c>.</summary>
internal static class ReplayReport
{
    public static void Print(IAnsiConsole console, ReplaySummary s, string? labels)
    {
        var t = new Table().Title("[bold]replay summary[/]").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        static string N(double v, string f = "N0") => v.ToString(f, CultureInfo.InvariantCulture);
        t.AddRow("events", N(s.Events));
        t.AddRow("seconds", N(s.Seconds, "N2"));
        t.AddRow("events/s", N(s.EventsPerSecond));
        t.AddRow("latency p50 / p99 / p99.9 (µs)", $"{N(s.LatencyUs.P50, "N1")} / {N(s.LatencyUs.P99, "N1")} / {N(s.LatencyUs.P999, "N1")}");
        t.AddRow("instruments (books)", N(s.Instruments));
        t.AddRow("aggressor events", N(s.Trades));
        t.AddRow("windows written", N(s.WindowsWritten));
        t.AddRow("book integrity problems", N(s.BookProblems));
        t.AddRow("records skipped (not consumed)", N(s.SkippedRecords));
        t.AddRow("signals", N(s.Signals));
        t.AddRow("parameter set", s.ParameterSetId);
        console.Write(t);

        var chart = new BarChart().Label("[bold]signals by priority[/]").Width(60);
        var colors = new[] { Color.Grey, Color.Yellow, Color.Orange1, Color.Red };
        foreach (var p in Enum.GetValues<SignalPriority>())
        {
            var name = SignalNames.Of(p);
            chart.AddItem(name, s.SignalsByPriority.TryGetValue(name, out var n) ? n : 0, colors[(int)p]);
        }

        console.Write(chart);
        if (s.TopSignals.Count > 0)
        {
            var top = new Table().Title("[bold]top signals[/] (queue order)").AddColumn("ts_event (UTC)").AddColumn("priority").AddColumn("rationale");
            foreach (var sig in s.TopSignals)
            {
                var ts = DateTimeOffset.UnixEpoch.AddTicks(sig.TsEvent / 100).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
                top.AddRow(ts, SignalNames.Of(sig.Priority), Markup.Escape(sig.Rationale));
            }

            console.Write(top);
        }

        if (!s.Baseline)
        {
            console.MarkupLine("[yellow]no --baseline: volume-shock signals were off[/]");
        }

        console.MarkupLine($"signals: ./nqstream signals --store {Markup.Escape(s.Store)}");
        if (labels is not null)
        {
            console.MarkupLine($"accuracy: ./nqstream evaluate --labels {Markup.Escape(labels)} --store {Markup.Escape(s.Store)}");
        }
    }

    public static object ToJson(ReplaySummary s) => new
    {
        events = s.Events,
        seconds = s.Seconds,
        events_per_second = s.EventsPerSecond,
        signals = s.Signals,
        signals_by_priority = s.SignalsByPriority,
        signals_by_kind = s.SignalsByKind,
        latency_us = new { p50 = s.LatencyUs.P50, p99 = s.LatencyUs.P99, p999 = s.LatencyUs.P999, max = s.LatencyUs.Max },
        trades = s.Trades,
        windows_written = s.WindowsWritten,
        instruments = s.Instruments,
        book_problems = s.BookProblems,
        parameter_set = s.ParameterSetId,
        top_signals = s.TopSignals.Select(x => new { id = x.Id, ts_event = x.TsEvent, kind = SignalNames.Of(x.Kind), priority = SignalNames.Of(x.Priority), rationale = x.Rationale }),
        store = s.Store,
    };
}
