using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.PerfHarness;
using NQStream.PerfHarness.Latency;
using NQStream.PerfHarness.Ring;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream perf …</c>: ring throughput against its peers, and paced latency.</summary>
internal static class PerfCommand
{
    public static Command Create()
    {
        var perf = new Command("perf", "Measure the ring (throughput against Channels, Dataflow, Rx and the LMAX Disruptor; paced latency) and the replay (throughput by stage; paced ingress-to-signal latency).");
        perf.Subcommands.Add(CreateRing());
        perf.Subcommands.Add(CreateLatency());
        perf.Subcommands.Add(PerfReplayCommand.CreateReplay());
        perf.Subcommands.Add(PerfReplayCommand.CreateLatency());
        return perf;
    }

    private static Command CreateRing()
    {
        var topology = new Option<string>("--topology")
        {
            Description = "Topology, a comma-separated list, or 'all': " + string.Join(", ", Topologies.All.Select(t => t.Name)),
            DefaultValueFactory = _ => "1p1c",
        };
        var events = new Option<long>("--events") { Description = "Events per run", DefaultValueFactory = _ => 10_000_000 };
        var runs = new Option<int>("--runs") { Description = "Measured runs per implementation (interleaved)", DefaultValueFactory = _ => 5 };
        var wait = WaitOption("yielding");
        var json = new Option<string?>("--json") { Description = "Write the results as JSON to this file" };
        var impl = new Option<string?>("--impl") { Description = "Only these implementations (comma-separated)" };
        var ring = new Command("ring", "Throughput of the ring vs bounded Channel, Dataflow ActionBlock, Rx Subject and LMAX Disruptor 3.4.4")
        {
            topology, events, runs, wait, json, impl,
        };
        ring.SetAction(parse =>
        {
            var options = new RingBenchmarkOptions
            {
                Topologies = ParseTopologies(parse.GetValue(topology)!),
                Events = Positive(parse.GetValue(events), "--events"),
                Runs = (int)Positive(parse.GetValue(runs), "--runs"),
                Wait = parse.GetValue(wait)!,
                Implementations = ParseImplementations(parse.GetValue(impl)),
            };
            var output = parse.InvocationConfiguration.Output;
            var machine = MachineInfo.Describe();
            output.WriteLine($"perf ring: {options.Events:N0} events x {options.Runs} runs, wait {options.Wait}; {machine}");
            var report = Guard(() => RingBenchmark.Run(options, output));
            if (parse.GetValue(json) is { } path)
            {
                RingReportJson.Write(report, path, machine);
                output.WriteLine($"wrote {path}");
            }

            return CliApp.ExitOk;
        });
        return ring;
    }

    private static Command CreateLatency()
    {
        var rate = new Option<long>("--rate") { Description = "Events per second", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds (after a one-second warm-up)", DefaultValueFactory = _ => 10 };
        var wait = WaitOption("busy-spin");
        var json = new Option<string?>("--json") { Description = "Write the results as JSON to this file" };
        var latency = new Command("latency", "Paced load through the ring; per-event hop latency percentiles") { rate, seconds, wait, json };
        latency.SetAction(parse =>
        {
            var r = Positive(parse.GetValue(rate), "--rate");
            var s = parse.GetValue(seconds);
            if (!(s > 0))
            {
                throw new CliException($"--seconds must be positive, got {s.ToString(CultureInfo.InvariantCulture)}");
            }

            var output = parse.InvocationConfiguration.Output;
            var machine = MachineInfo.Describe();
            output.WriteLine($"perf latency: {machine}");
            var report = Guard(() => LatencyBenchmark.Run(r, s, parse.GetValue(wait)!, output));
            if (parse.GetValue(json) is { } path)
            {
                LatencyReportJson.Write(report, path, machine);
                output.WriteLine($"wrote {path}");
            }

            return CliApp.ExitOk;
        });
        return latency;
    }

    private static Option<string> WaitOption(string defaultValue)
    {
        var wait = new Option<string>("--wait")
        {
            Description = "Wait strategy: " + string.Join(", ", NQStream.Core.Ring.WaitStrategies.Names),
            DefaultValueFactory = _ => defaultValue,
        };
        wait.AcceptOnlyFromAmong([.. NQStream.Core.Ring.WaitStrategies.Names]);
        return wait;
    }

    private static Topology[] ParseTopologies(string value)
    {
        if (string.Equals(value, "all", StringComparison.Ordinal))
        {
            return [.. Topologies.All.Select(t => t.Topology)];
        }

        return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
            Topologies.TryParse(name) ?? throw new CliException(
                $"--topology: unknown topology '{name}' (expected 'all' or one of: {string.Join(", ", Topologies.All.Select(t => t.Name))})"))];
    }

    private static string[]? ParseImplementations(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var known = RingBenchmark.AllCandidates().Select(c => c.Name).ToArray();
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new CliException($"--impl: unknown implementation '{name}' (expected one of: {string.Join(", ", known)})");
            }
        }

        return names;
    }

    private static long Positive(long value, string option) =>
        value > 0 ? value : throw new CliException($"{option} must be positive, got {value.ToString(CultureInfo.InvariantCulture)}");

    private static T Guard<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ChecksumMismatchException ex)
        {
            throw new CliException(ex.Message, CliApp.ExitInternal, ex);
        }
    }
}
