using System.CommandLine;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Cli.Replay;
using NQStream.Operators.Baseline;
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
        var demo = new Option<bool>("--demo") { Description = "Simulate a seeded NQ options session with baseline history (no files or servers needed) and replay its last day(s)" };
        var store = new Option<string>("--store") { Description = "Embedded store (SQLite) to write", DefaultValueFactory = _ => "nqstream.db" };
        var summaryJson = new Option<string?>("--summary-json") { Description = "Also write the summary as JSON to this file" };
        var config = new Option<string?>("--config") { Description = "Configuration file for the operator parameters (default: documented defaults)" };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile of --config merged over its base section" };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline history file (nqstream baseline build); without it no volume-shock signals" };
        var speed = new Option<string>("--speed") { Description = "max, realtime or Nx (event time at N x wall time)", DefaultValueFactory = _ => "max" };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve /metrics, /healthz, /readyz on 127.0.0.1:N while replaying (0 = any free port)" };
        var seed = new Option<ulong>("--seed") { Description = "Demo: simulator seed", DefaultValueFactory = _ => 7 };
        var days = new Option<int>("--days") { Description = "Demo: trading days to simulate (history for the baseline plus the replayed days)", DefaultValueFactory = _ => 12 };
        var replayDays = new Option<int>("--replay-days") { Description = "Demo: last days to replay", DefaultValueFactory = _ => 1 };
        var events = new Option<long>("--events-per-day") { Description = "Demo: approximate MBO records per day", DefaultValueFactory = _ => 2_000_000 };
        var ofiWindows = WindowOptions.OfiWindows();
        var windowClose = WindowOptions.WindowClose();
        var cmd = new Command("replay", "The main job: replay DBN files (or --demo) through the IFD graph into the embedded store and print a summary.")
        {
            files, demo, store, summaryJson, config, profile, baseline, speed, metricsPort, seed, days, replayDays, events, ofiWindows, windowClose,
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

            if (!ReplaySpeed.TryParse(parse.GetValue(speed)!, out var pace))
            {
                throw new CliException($"--speed '{parse.GetValue(speed)}': expected max, realtime or a factor such as 10x");
            }

            var all = ProfileOptions.Load(parse.GetValue(config), parse.GetValue(profile));
            var options = all.Operators;
            var console = parse.Ansi();
            var history = ReadBaseline(parse.GetValue(baseline));
            List<string> list = [.. inputs];
            string? labels = null;
            if (isDemo)
            {
                var prepared = DemoSession.Prepare(console, parse.GetValue(seed), parse.GetValue(days), parse.GetValue(replayDays), parse.GetValue(events));
                list = prepared.Files;
                history ??= prepared.Baseline;
                labels = prepared.Labels;
            }

            var storePath = parse.GetValue(store)!;
            console.MarkupLine($"replaying [bold]{list.Count}[/] file(s) into [bold]{Markup.Escape(storePath)}[/] at speed {pace}{(history is null ? " [yellow](no baseline: volume-shock signals off)[/]" : "")}");
            var request = new ReplayRequest(list, storePath, options, history, pace, null)
            {
                OfiWindows = WindowOptions.ParseOfiWindows(parse.GetValue(ofiWindows)!),
                WindowClose = WindowOptions.ParseWindowClose(parse.GetValue(windowClose)!),
                QuestDbConfig = all.Sinks.Questdb.Enabled ? all.Sinks.Questdb.Config : null,
            };
            if (request.QuestDbConfig is not null)
            {
                console.MarkupLine("also writing to QuestDB (sinks.questdb)");
            }

            var summary = ReplayHost.Run(console, request, parse.GetValue(metricsPort));
            ReplayReport.Print(console, summary, labels);
            if (parse.GetValue(summaryJson) is { } path)
            {
                File.WriteAllText(path, JsonSerializer.Serialize(ReplayReport.ToJson(summary), CliJson.Options));
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    private static BaselineHistory? ReadBaseline(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return BaselineFile.Read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BaselineFormatException)
        {
            throw new CliException($"--baseline: {ex.Message}", ex);
        }
    }
}
