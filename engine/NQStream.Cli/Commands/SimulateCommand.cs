using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Simulation;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream simulate --out DIR --days N --seed S [--start-date D] [--events-per-day M] [--config FILE]</c>:
/// writes a synthetic NQ futures and options market (DBN v3 zstd definitions, statistics and MBO per
/// trade date) with labelled institutional flow. Values from the command line override the config file's
/// <c>simulation:</c> section, which overrides the defaults.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder (created if missing)", Required = true };
        var days = new Option<int>("--days") { Description = "Consecutive trade dates to simulate (1..1000)", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same arguments give byte-identical files", Required = true };
        var start = new Option<string?>("--start-date") { Description = "First trade date, YYYY-MM-DD (default 2026-11-02; weekends roll forward)" };
        var events = new Option<long?>("--events-per-day") { Description = "Target MBO records per trade date (default 2,000,000)" };
        var config = new Option<string?>("--config") { Description = "YAML/JSON file with a 'simulation:' section (keys: docs in README)" };
        var command = new Command("simulate", "Write a synthetic NQ options market with labelled institutional flow (DBN v3 zstd + labels.jsonl + summary.json).")
        {
            output, days, seed, start, events, config,
        };
        command.SetAction(parse =>
        {
            var options = new SimulationOptions();
            if (parse.GetValue(config) is string file)
            {
                if (!File.Exists(file))
                {
                    throw new CliException($"--config: file not found: {file}");
                }

                try
                {
                    SimulationConfigFile.Apply(file, options);
                }
                catch (FormatException ex)
                {
                    throw new CliException(ex.Message, ex);
                }
            }

            options.Days = parse.GetValue(days);
            options.Seed = parse.GetValue(seed);
            if (parse.GetValue(start) is string s)
            {
                options.StartDate = DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new CliException($"--start-date: '{s}' is not a date YYYY-MM-DD");
            }

            if (parse.GetValue(events) is long m)
            {
                options.EventsPerDay = m;
            }

            var errors = options.Validate();
            if (errors.Count > 0)
            {
                throw new CliException("simulate: " + string.Join("; ", errors));
            }

            var dir = parse.GetValue(output)!;
            if (File.Exists(dir))
            {
                throw new CliException($"--out: '{dir}' is a file, expected a folder");
            }

            return Run(parse, options, dir);
        });
        return command;
    }

    private static int Run(ParseResult parse, SimulationOptions options, string dir)
    {
        var console = parse.Ansi();
        var simulator = new Simulator(options);
        var clock = Stopwatch.StartNew();
        SimulationResult result;
        if (console.Profile.Capabilities.Interactive)
        {
            result = null!;
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("simulating", maxValue: options.Days * (double)options.EventsPerDay);
                    var progress = new InlineProgress(p =>
                    {
                        var rate = p.TotalRecords / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"day {p.Day + 1}/{p.Days} {p.TradeDate:yyyy-MM-dd}  {p.TotalRecords:N0} events  {rate / 1e6:F2} M ev/s");
                        task.Value = Math.Min((p.Day * (double)options.EventsPerDay) + p.DayRecords, task.MaxValue);
                    });
                    result = simulator.Run(dir, progress);
                    task.Value = task.MaxValue;
                });
        }
        else
        {
            var progress = new InlineProgress(p =>
            {
                if (p.DayDone)
                {
                    var rate = p.TotalRecords / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    parse.Out().WriteLine(string.Create(CultureInfo.InvariantCulture, $"day {p.Day + 1}/{p.Days} {p.TradeDate:yyyy-MM-dd}: {p.DayRecords:N0} events ({p.TotalRecords:N0} total, {rate / 1e6:F2} M ev/s)"));
                }
            });
            result = simulator.Run(dir, progress);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        parse.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {result.Days.Count} day(s), {result.MboRecords:N0} MBO events, {result.LabelCount:N0} labels to {dir} in {seconds:F1} s ({result.MboRecords / Math.Max(seconds, 1e-3) / 1e6:F2} M events/s)"));
        return CliApp.ExitOk;
    }

    /// <summary>Reports synchronously on the simulating thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
