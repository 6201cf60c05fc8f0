using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Simulation;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed partial class PerfReplayCommandTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("perf-replay-cli");

    public PerfReplayCommandTests() =>
        new Simulator(new SimulationOptions { Seed = 5, Days = 2, EventsPerDay = 60_000 }).Run(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string LastDay => Path.GetFileName(Directory.GetDirectories(_dir).Order(StringComparer.Ordinal).Last());

    [GeneratedRegex(@"^(?<stage>decode|books|pipeline\+rows|pipeline|store \(rows\)|e2e)\s+(?<items>[\d,]+)\s+(?<runs>\d+)\s", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"checksum (?<sum>[0-9a-f]{16}); windows ofi [\d,]+ \+ flow [\d,]+ \((?<stored>[\d,]+) stored\), signals (?<signals>[\d,]+)")]
    private static partial Regex ChecksumLine();

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Fact]
    public void Perf_replay_measures_every_stage_on_the_same_events_and_checks_the_end_to_end_store()
    {
        var (code, stdout, stderr) = CliRunner.Run("perf", "replay", "--demo-dir", _dir, "--repeat", "1");
        code.Should().Be(CliApp.ExitOk, stderr);

        var stages = StageLine().Matches(stdout).ToDictionary(m => m.Groups["stage"].Value, m => (Items: Number(m.Groups["items"].Value), Runs: m.Groups["runs"].Value));
        stages.Keys.Should().BeEquivalentTo("decode", "books", "pipeline", "pipeline+rows", "store (rows)", "e2e");
        var events = stages["decode"].Items;
        events.Should().BeGreaterThan(50_000);
        foreach (var stage in (string[])["books", "pipeline", "pipeline+rows", "e2e"])
        {
            stages[stage].Items.Should().Be(events, $"{stage} runs over the same recorded day");
            stages[stage].Runs.Should().Be("1");
        }

        var sum = ChecksumLine().Match(stdout);
        sum.Success.Should().BeTrue(stdout);
        var stored = Number(sum.Groups["stored"].Value);
        var signals = Number(sum.Groups["signals"].Value);
        stages["store (rows)"].Items.Should().BeGreaterThanOrEqualTo(stored + signals, "the store stage writes the windows and signals the pipeline produced (plus outcomes)");
        stdout.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"e2e (last run): {events:N0} events, {stored:N0} windows + {signals:N0} signals stored"));
    }

    [Fact]
    public void The_pipeline_checksum_is_deterministic_and_expect_checksum_fails_on_a_different_one()
    {
        var day = LastDay;
        var first = CliRunner.Run("perf", "replay", "--demo-dir", _dir, "--day", day, "--stages", "pipeline", "--repeat", "2");
        first.Code.Should().Be(CliApp.ExitOk, first.Err);
        var sum = ChecksumLine().Match(first.Out).Groups["sum"].Value;

        var again = CliRunner.Run("perf", "replay", "--demo-dir", _dir, "--day", day, "--stages", "pipeline", "--repeat", "1", "--expect-checksum", sum);
        again.Code.Should().Be(CliApp.ExitOk, again.Err);
        ChecksumLine().Match(again.Out).Groups["sum"].Value.Should().Be(sum);

        var wrong = sum == "0000000000000000" ? "0000000000000001" : "0000000000000000";
        var bad = CliRunner.Run("perf", "replay", "--demo-dir", _dir, "--day", day, "--stages", "pipeline", "--repeat", "1", "--expect-checksum", wrong);
        (bad.Code, bad.Err.Trim()).Should().Be((CliApp.ExitInternal, $"nqstream: pipeline checksum {sum}, expected {wrong}: the outputs changed"));

        var traded = CliRunner.Run("perf", "replay", "--demo-dir", _dir, "--day", day, "--stages", "pipeline", "--repeat", "1", "--ofi-windows", "traded");
        traded.Code.Should().Be(CliApp.ExitOk, traded.Err);
        var t = ChecksumLine().Match(traded.Out);
        t.Groups["sum"].Value.Should().NotBe(sum, "fewer OFI windows reach the sink");
        Number(t.Groups["stored"].Value).Should().BeLessThan(Number(ChecksumLine().Match(first.Out).Groups["stored"].Value));
        t.Groups["signals"].Value.Should().Be(ChecksumLine().Match(first.Out).Groups["signals"].Value, "signals do not depend on the OFI hand-over");
    }

    [Fact]
    public void Perf_replay_latency_paces_the_day_through_the_replay_graph_and_records_every_event_after_the_warm_up()
    {
        foreach (var store in (string[][])[["--no-store", "--pin", "--warmup-passes", "1"], []])
        {
            var (code, stdout, stderr) = CliRunner.Run(["perf", "replay-latency", "--demo-dir", _dir, "--rate", "50000", "--seconds", "2", .. store]);
            code.Should().Be(CliApp.ExitOk, stderr);
            stdout.Should().Contain("target 50,000 events/s").And.Contain("100,000 events recorded").And.Contain(store.Length == 0 ? "store on" : "store off");
            var hop = stdout.Split('\n').Single(l => l.StartsWith("ingress->signal", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(5).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
            hop.Should().BeInAscendingOrder("p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max").And.OnlyContain(v => v > 0);
        }
    }

    [Fact]
    public void Bad_input_is_a_one_line_error()
    {
        static string Err(params string[] args)
        {
            var (code, _, err) = CliRunner.Run(args);
            code.Should().Be(CliApp.ExitBadInput, err);
            return err.Trim();
        }

        Err("perf", "replay").Should().Be("nqstream: give DBN FILES, --demo-dir DIR [--day D] or --demo (one of the three)");
        Err("perf", "replay", "--day", "2026-11-02", Path.Combine(_dir, "x.dbn")).Should().Be("nqstream: --day needs --demo-dir");
        Err("perf", "replay", "--demo-dir", _dir, "--day", "1999-01-01").Should().StartWith("nqstream: --day 1999-01-01: no such day folder in ");
        Err("perf", "replay", "--demo-dir", _dir, "--stages", "books,nope").Should().StartWith("nqstream: --stages: unknown stage 'nope'");
        Err("perf", "replay", "--demo-dir", _dir, "--expect-checksum", "12ab").Should().Be("nqstream: --expect-checksum '12ab': expected 16 hex digits");
        Err("perf", "replay", "--demo-dir", _dir, "--repeat", "0").Should().Be("nqstream: --repeat must be positive, got 0");
        Err("perf", "replay-latency", "--demo-dir", _dir, "--seconds", "0").Should().Be("nqstream: --seconds must be positive, got 0");
        Err("perf", "replay-latency", "--demo-dir", _dir, "--warmup-passes", "-1").Should().Be("nqstream: --warmup-passes must be 0..100, got -1");
        Err("perf", "replay", Path.Combine(_dir, "none.dbn")).Should().EndWith("none.dbn");
    }
}
