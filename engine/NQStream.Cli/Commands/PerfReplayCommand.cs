using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Cli.Perf;
using NQStream.Cli.Replay;
using NQStream.Market.Dbn;
using NQStream.Operators.Baseline;
using NQStream.Operators.Pipeline;
using NQStream.PerfHarness;
using NQStream.PerfHarness.Ring;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream perf replay</c> (the replay's throughput, stage by stage, against BookSet-only replay of the same events)
/// and <c>nqstream perf replay-latency</c> (paced ingress → signal latency through the replay graph).
/// </summary>
internal static class PerfReplayCommand
{
    public static Command CreateReplay()
    {
        var input = new InputOptions();
        var repeat = new Option<int>("--repeat") { Description = "Measured runs per stage (after one warm-up run)", DefaultValueFactory = _ => 3 };
        var stages = new Option<string>("--stages")
        {
            Description = "Stages, comma-separated, or 'all': " + string.Join(", ", ReplayBenchOptions.AllStages),
            DefaultValueFactory = _ => "all",
        };
        var expect = new Option<string?>("--expect-checksum") { Description = "Fail unless the pipeline's output checksum is this (16 hex digits)" };
        var cmd = new Command("replay", "Replay throughput: decode, BookSet-only peer, IFD pipeline, store rows/s and end to end on one recorded day");
        input.AddTo(cmd);
        cmd.Options.Add(repeat);
        cmd.Options.Add(stages);
        cmd.Options.Add(expect);
        cmd.SetAction(parse =>
        {
            var (files, baseline) = input.Resolve(parse);
            var options = new ReplayBenchOptions
            {
                Files = files,
                Operators = input.Operators(parse),
                Baseline = baseline,
                OfiWindows = input.OfiWindows(parse),
                WindowClose = input.WindowClose(parse),
                Repeat = (int)Positive(parse.GetValue(repeat), "--repeat"),
                Stages = ParseStages(parse.GetValue(stages)!),
                ExpectChecksum = ParseChecksum(parse.GetValue(expect)),
                TempDir = Path.GetTempPath(),
            };
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"perf replay: {files.Count} file(s), baseline {(baseline is null ? "off" : "on")}, {options.Repeat} run(s) per stage; {MachineInfo.Describe()}");
            Guard(() => ReplayBench.Run(options, output));
            return CliApp.ExitOk;
        });
        return cmd;
    }

    public static Command CreateLatency()
    {
        var input = new InputOptions();
        var rate = new Option<long>("--rate") { Description = "Events per second", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds (after the warm-up passes)", DefaultValueFactory = _ => 10 };
        var wait = new Option<string>("--wait")
        {
            Description = "The operator's wait strategy (the replay uses yielding): " + string.Join(", ", NQStream.Core.Ring.WaitStrategies.Names),
            DefaultValueFactory = _ => "yielding",
        };
        wait.AcceptOnlyFromAmong([.. NQStream.Core.Ring.WaitStrategies.Names]);
        var noStore = new Option<bool>("--no-store") { Description = "Fold outputs into a checksum instead of writing them to the SQLite store" };
        var warmupPasses = new Option<int>("--warmup-passes") { Description = "Unpaced passes over the whole day before measuring", DefaultValueFactory = _ => 2 };
        var pin = new Option<bool>("--pin") { Description = "Pin the producer to CPU 0 and the operator to CPU 1 (Linux; needs 2 CPUs)" };
        var cmd = new Command("replay-latency", "Paced replay of a recorded day through the replay graph; ingress → processed latency percentiles");
        input.AddTo(cmd);
        cmd.Options.Add(rate);
        cmd.Options.Add(seconds);
        cmd.Options.Add(wait);
        cmd.Options.Add(noStore);
        cmd.Options.Add(pin);
        cmd.Options.Add(warmupPasses);
        cmd.SetAction(parse =>
        {
            var (files, baseline) = input.Resolve(parse);
            var s = parse.GetValue(seconds);
            var passes = parse.GetValue(warmupPasses);
            if (passes is < 0 or > 100)
            {
                throw new CliException($"--warmup-passes must be 0..100, got {passes.ToString(CultureInfo.InvariantCulture)}");
            }

            if (parse.GetValue(pin) && Environment.ProcessorCount < 2)
            {
                throw new CliException($"--pin needs 2 CPUs, this machine has {Environment.ProcessorCount}");
            }

            if (!(s > 0))
            {
                throw new CliException($"--seconds must be positive, got {s.ToString(CultureInfo.InvariantCulture)}");
            }

            var options = new ReplayLatencyBench.Options(
                files, input.Operators(parse), baseline, Positive(parse.GetValue(rate), "--rate"), s, parse.GetValue(wait)!, !parse.GetValue(noStore), Path.GetTempPath(), input.OfiWindows(parse),
                parse.GetValue(pin), passes, input.WindowClose(parse));
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"perf replay-latency: {files.Count} file(s), baseline {(baseline is null ? "off" : "on")}; {MachineInfo.Describe()}");
            Guard(() => ReplayLatencyBench.Run(options, output));
            return CliApp.ExitOk;
        });
        return cmd;
    }

    private static HashSet<string> ParseStages(string value)
    {
        if (string.Equals(value, "all", StringComparison.Ordinal))
        {
            return [.. ReplayBenchOptions.AllStages];
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ReplayBenchOptions.AllStages.Contains(name))
            {
                throw new CliException($"--stages: unknown stage '{name}' (expected 'all' or one of: {string.Join(", ", ReplayBenchOptions.AllStages)})");
            }

            set.Add(name);
        }

        return set.Count > 0 ? set : throw new CliException("--stages: no stage given");
    }

    private static ulong? ParseChecksum(string? value) =>
        value is null ? null
        : ulong.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) && value.Length == 16 ? v
        : throw new CliException($"--expect-checksum '{value}': expected 16 hex digits");

    private static long Positive(long value, string option) =>
        value > 0 ? value : throw new CliException($"{option} must be positive, got {value.ToString(CultureInfo.InvariantCulture)}");

    private static void Guard(Action run)
    {
        try
        {
            run();
        }
        catch (ChecksumMismatchException ex)
        {
            throw new CliException(ex.Message, CliApp.ExitInternal, ex);
        }
        catch (Exception ex) when (ex is DbnFormatException or InvalidDataException)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    /// <summary>The input options both commands share: FILES, or a simulator day, or the demo.</summary>
    private sealed class InputOptions
    {
        private readonly Argument<string[]> _files = new("FILES") { Description = "DBN files of one day (merged by time)", Arity = ArgumentArity.ZeroOrMore };
        private readonly Option<string?> _demoDir = new("--demo-dir") { Description = "A simulator output folder (day folders, baseline.bin)" };
        private readonly Option<string?> _day = new("--day") { Description = "With --demo-dir: the day folder to replay (default: the last)" };
        private readonly Option<bool> _demo = new("--demo") { Description = "The replay --demo session (seed 7, 12 days, 2,000,000 records/day; simulated once, cached): its last day" };
        private readonly Option<string?> _baseline = new("--baseline") { Description = "Baseline history file (default with --demo-dir/--demo: its baseline.bin)" };
        private readonly Option<string?> _config = new("--config") { Description = "Configuration file for the operator parameters (default: documented defaults)" };
        private readonly Option<string?> _profile = new("--profile", "-p") { Description = "Profile of --config merged over its base section" };
        private readonly Option<string> _ofiWindows = WindowOptions.OfiWindows();
        private readonly Option<string> _windowClose = WindowOptions.WindowClose();

        public void AddTo(Command cmd)
        {
            cmd.Arguments.Add(_files);
            foreach (var option in (Option[])[_demoDir, _day, _demo, _baseline, _config, _profile, _ofiWindows, _windowClose])
            {
                cmd.Options.Add(option);
            }
        }

        public OfiWindowPolicy OfiWindows(ParseResult parse) => WindowOptions.ParseOfiWindows(parse.GetValue(_ofiWindows)!);

        public WindowClose WindowClose(ParseResult parse) => WindowOptions.ParseWindowClose(parse.GetValue(_windowClose)!);

        public NQStream.Operators.Options.OperatorsOptions Operators(ParseResult parse) =>
            ProfileOptions.Load(parse.GetValue(_config), parse.GetValue(_profile)).Operators;

        public (IReadOnlyList<string> Files, BaselineHistory? Baseline) Resolve(ParseResult parse)
        {
            var files = parse.GetValue(_files) ?? [];
            var dir = parse.GetValue(_demoDir);
            var demo = parse.GetValue(_demo);
            if ((files.Length > 0 ? 1 : 0) + (dir is null ? 0 : 1) + (demo ? 1 : 0) != 1)
            {
                throw new CliException("give DBN FILES, --demo-dir DIR [--day D] or --demo (one of the three)");
            }

            if (parse.GetValue(_day) is not null && dir is null)
            {
                throw new CliException("--day needs --demo-dir");
            }

            string? baselinePath = parse.GetValue(_baseline);
            IReadOnlyList<string> list;
            if (demo)
            {
                var prepared = DemoSession.Prepare(parse.Ansi(), 7, 12, 1, 2_000_000);
                list = prepared.Files;
                baselinePath ??= Path.Combine(prepared.Directory, "baseline.bin");
            }
            else if (dir is not null)
            {
                list = DayFiles(dir, parse.GetValue(_day));
                var candidate = Path.Combine(dir, "baseline.bin");
                baselinePath ??= File.Exists(candidate) ? candidate : null;
            }
            else
            {
                foreach (var f in files)
                {
                    if (!File.Exists(f))
                    {
                        throw new CliException($"file not found: {f}");
                    }
                }

                list = files;
            }

            return (list, baselinePath is null ? null : ReadBaseline(baselinePath));
        }

        private static string[] DayFiles(string dir, string? day)
        {
            if (!Directory.Exists(dir))
            {
                throw new CliException($"--demo-dir {dir}: not a folder");
            }

            var groups = BaselineInputs.Resolve([dir]);
            if (day is null)
            {
                return groups[^1].Files;
            }

            foreach (var (name, dayFiles) in groups)
            {
                if (string.Equals(Path.GetFileName(name), day, StringComparison.Ordinal))
                {
                    return dayFiles;
                }
            }

            throw new CliException($"--day {day}: no such day folder in {dir} (have: {string.Join(", ", groups.Select(g => Path.GetFileName(g.Name)))})");
        }

        private static BaselineHistory ReadBaseline(string path)
        {
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
}
