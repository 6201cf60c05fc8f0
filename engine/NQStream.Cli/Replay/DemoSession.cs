using NQStream.Cli.Commands;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Simulation;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Spectre.Console;

namespace NQStream.Cli.Replay;

/// <summary>
/// <c>replay --demo</c>: a seeded simulated session with enough history for the 20-day baseline. Simulates
/// <c>days</c> trading days (cached in the temp folder by their arguments), builds the baseline history from all of
/// them (the volume ratio of a day only ever uses the days before it) and returns the last <c>replayDays</c> days'
/// files for the replay, with the labels file of the simulation for <c>nqstream evaluate</c>.
/// </summary>
internal static class DemoSession
{
    /// <summary>Bumped whenever the simulator's output changes, so a cached demo folder is never stale.</summary>
    private const int FormatVersion = 4;

    public sealed record Prepared(List<string> Files, BaselineHistory Baseline, string Directory, string Labels);

    public static Prepared Prepare(IAnsiConsole console, ulong seed, int days, int replayDays, long eventsPerDay)
    {
        if (replayDays < 1 || replayDays > days)
        {
            throw new CliException($"replay --demo: --replay-days {replayDays} must be in 1..--days ({days})");
        }

        var dir = Path.Combine(Path.GetTempPath(), $"nqstream-demo-v{FormatVersion}-{seed}-{days}-{eventsPerDay}");
        var options = new SimulationOptions { Seed = seed, Days = days, EventsPerDay = eventsPerDay };
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new CliException("replay --demo: " + string.Join("; ", errors));
        }

        if (!System.IO.Directory.Exists(dir))
        {
            console.MarkupLine($"simulating {days} day(s), seed {seed}, ~{eventsPerDay:N0} MBO records/day into {Markup.Escape(dir)}");
            var tmp = dir + ".tmp";
            if (System.IO.Directory.Exists(tmp))
            {
                System.IO.Directory.Delete(tmp, recursive: true);
            }

            new Simulator(options).Run(tmp);
            System.IO.Directory.Move(tmp, dir);
        }

        var groups = BaselineInputs.Resolve([dir]);
        var baselinePath = Path.Combine(dir, "baseline.bin");
        BaselineHistory history;
        if (File.Exists(baselinePath))
        {
            history = BaselineFile.Read(baselinePath);
        }
        else
        {
            console.MarkupLine($"building the volume baseline from {groups.Count} day(s)");
            var builder = new BaselineBuilder();
            var replay = new BaselineReplay(builder, new TradeCellResolver(new Black76Options()));
            foreach (var (_, dayFiles) in groups)
            {
                replay.Run(dayFiles);
            }

            history = builder.Build();
            BaselineFile.Write(baselinePath, history);
        }

        var files = new List<string>();
        foreach (var (_, replayFiles) in groups.Skip(groups.Count - replayDays))
        {
            files.AddRange(replayFiles);
        }

        files.Sort(StringComparer.Ordinal);
        return new Prepared(files, history, dir, Path.Combine(dir, "labels.jsonl"));
    }
}
