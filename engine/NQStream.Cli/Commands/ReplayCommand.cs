using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Cli.Replay;
using NQStream.Feeds.Simulation;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream replay FILES... | --demo</c>: the main job. Replays DBN files through the ring and the
/// operator graph into the embedded store and prints a summary.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILES") { Description = "DBN files (definitions, statistics, MBO; plain or .zst), merged by time", Arity = ArgumentArity.ZeroOrMore };
        var demo = new Option<bool>("--demo") { Description = "Simulate a short seeded NQ options session (no files or servers needed) and replay it" };
        var store = new Option<string>("--store") { Description = "Embedded store (SQLite) to write", DefaultValueFactory = _ => "nqstream.db" };
        var summaryJson = new Option<string?>("--summary-json") { Description = "Also write the summary as JSON to this file" };
        var seed = new Option<ulong>("--seed") { Description = "Demo: simulator seed", DefaultValueFactory = _ => 7 };
        var days = new Option<int>("--days") { Description = "Demo: trading days to simulate", DefaultValueFactory = _ => 2 };
        var events = new Option<long>("--events-per-day") { Description = "Demo: approximate MBO records per day", DefaultValueFactory = _ => 400_000 };
        var cmd = new Command("replay", "The main job: replay DBN files (or --demo) through books and flow operators into the embedded store.")
        {
            files, demo, store, summaryJson, seed, days, events,
        };
        cmd.SetAction(parse =>
        {
            var inputs = parse.GetValue(files) ?? [];
            var isDemo = parse.GetValue(demo);
            if (isDemo == inputs.Length > 0)
            {
                throw new CliException("replay: give DBN FILES or --demo (one of the two)");
            }

            foreach (var f in inputs)
            {
                if (!File.Exists(f))
                {
                    throw new CliException($"replay: file not found: {f}");
                }
            }

            var console = parse.Ansi();
            var list = isDemo ? SimulateDemo(console, parse.GetValue(seed), parse.GetValue(days), parse.GetValue(events)) : [.. inputs];
            var storePath = parse.GetValue(store)!;
            console.MarkupLine($"replaying [bold]{list.Count}[/] file(s) into [bold]{Markup.Escape(storePath)}[/]");
            var summary = ReplayRunner.RunAsync(list, storePath, null).GetAwaiter().GetResult();
            Print(console, summary);
            if (parse.GetValue(summaryJson) is { } path)
            {
                File.WriteAllText(path, JsonSerializer.Serialize(ToJson(summary), CliJson.Options));
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    private static List<string> SimulateDemo(IAnsiConsole console, ulong seed, int days, long eventsPerDay)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"nqstream-demo-{seed}-{days}-{eventsPerDay}");
        var options = new SimulationOptions { Seed = seed, Days = days, EventsPerDay = eventsPerDay };
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new CliException("replay --demo: " + string.Join("; ", errors));
        }

        if (!Directory.Exists(dir))
        {
            console.MarkupLine($"simulating {days} day(s), seed {seed}, ~{eventsPerDay:N0} MBO records/day into {Markup.Escape(dir)}");
            var tmp = dir + ".tmp";
            if (Directory.Exists(tmp))
            {
                Directory.Delete(tmp, recursive: true);
            }

            new Simulator(options).Run(tmp);
            Directory.Move(tmp, dir);
        }

        return [.. Directory.GetFiles(dir, "*.dbn.zst", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    private static void Print(IAnsiConsole console, ReplaySummary s)
    {
        var t = new Table().Title("[bold]replay summary[/]").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        static string N(double v, string f = "N0") => v.ToString(f, CultureInfo.InvariantCulture);
        t.AddRow("events", N(s.Events));
        t.AddRow("seconds", N(s.Seconds, "N2"));
        t.AddRow("events/s", N(s.EventsPerSecond));
        t.AddRow("latency p50 / p99 / p99.9 (µs)", $"{N(s.LatencyUs.P50, "N1")} / {N(s.LatencyUs.P99, "N1")} / {N(s.LatencyUs.P999, "N1")}");
        t.AddRow("instruments (books)", N(s.Instruments));
        t.AddRow("aggressor trades", N(s.Trades));
        t.AddRow("windows written", N(s.WindowsWritten));
        t.AddRow("book integrity problems", N(s.BookProblems));
        t.AddRow("records skipped (not consumed)", N(s.SkippedRecords));
        t.AddRow("signals", N(s.Signals));
        console.Write(t);
        console.MarkupLine("[grey]signals come from the IFD v3.0 signal operators (issue 7), not wired into the graph yet; the store holds books' flow windows (table 'windows').[/]");
        console.MarkupLine($"query it: ./nqstream query --store {Markup.Escape(s.Store)} \"SELECT window_len, count(*) FROM windows GROUP BY 1\"");
    }

    private static object ToJson(ReplaySummary s) => new
    {
        events = s.Events,
        seconds = s.Seconds,
        events_per_second = s.EventsPerSecond,
        signals = s.Signals,
        signals_by_priority = s.SignalsByPriority,
        latency_us = new { p50 = s.LatencyUs.P50, p99 = s.LatencyUs.P99, p999 = s.LatencyUs.P999, max = s.LatencyUs.Max },
        trades = s.Trades,
        windows_written = s.WindowsWritten,
        instruments = s.Instruments,
        book_problems = s.BookProblems,
        store = s.Store,
    };
}
