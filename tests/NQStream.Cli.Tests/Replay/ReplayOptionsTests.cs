using System.Diagnostics;
using System.Diagnostics.Metrics;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Replay;
using NQStream.Cli.Tests.Commands;
using NQStream.Feeds.Simulation;
using NQStream.Sinks.Metrics;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Replay;

/// <summary><c>--speed</c> parsing and pacing, and <c>--metrics-port</c> counting signals while the replay runs.</summary>
public sealed class ReplayOptionsTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("replay-options");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("max", 0)]
    [InlineData("realtime", 1)]
    [InlineData("10x", 10)]
    [InlineData("2.5", 2.5)]
    [InlineData(" 0.5X ", 0.5)]
    public void Speeds_parse(string text, double factor)
    {
        ReplaySpeed.TryParse(text, out var speed).Should().BeTrue();
        speed.Factor.Should().Be(factor);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0x")]
    [InlineData("-2")]
    [InlineData("NaN")]
    public void Bad_speeds_are_rejected(string text)
    {
        ReplaySpeed.TryParse(text, out _).Should().BeFalse();
        var r = CliRunner.Run("replay", "--demo", "--speed", text);
        (r.Code, r.Err.Trim()).Should().Be((2, $"nqstream: --speed '{text}': expected max, realtime or a factor such as 10x"));
    }

    [Fact]
    public void The_pacer_holds_event_time_to_wall_time_times_the_factor()
    {
        var pacer = new ReplayPacer(new ReplaySpeed(100));
        var clock = Stopwatch.StartNew();
        pacer.Wait(1_000_000_000_000);
        pacer.Wait(1_000_000_000_000 + 20_000_000_000);   // 20 s of event time at 100x = 200 ms
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(199));
        new ReplayPacer(ReplaySpeed.Max).Wait(1);
    }

    [Fact]
    public void Metrics_port_serves_while_replaying_and_counts_every_signal()
    {
        var sim = Path.Combine(_dir, "sim");
        new Simulator(new SimulationOptions { Seed = 5, Days = 1, EventsPerDay = 200_000 }).Run(sim);
        var files = Directory.GetFiles(sim, "*.dbn.zst", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        long counted = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == EngineMetricNames.MeterName && i.Name == EngineMetricNames.Signals)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref counted, v));
        listener.Start();

        var store = Path.Combine(_dir, "m.db");
        var r = CliRunner.Run(["replay", .. files, "--store", store, "--metrics-port", "0"]);

        r.Code.Should().Be(0, r.Err);
        r.Out.Should().MatchRegex(@"metrics: http://127\.0\.0\.1:\d+/metrics");
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM signals";
        var rows = (long)cmd.ExecuteScalar()!;
        rows.Should().BePositive();
        Interlocked.Read(ref counted).Should().Be(rows);
    }

    [Fact]
    public void With_sinks_questdb_enabled_every_row_also_goes_out_over_ilp_to_a_fake_questdb()
    {
        // FakeQuestDb: an in-process HTTP endpoint standing in for QuestDB's /write (no QuestDB can run here; the ILP
        // bytes themselves are checked against the official client and a real InfluxDB in the Sinks tests).
        using var fake = new FakeQuestDb();
        var sim = Path.Combine(_dir, "sim");
        new Simulator(new SimulationOptions { Seed = 6, Days = 1, EventsPerDay = 150_000 }).Run(sim);
        var files = Directory.GetFiles(sim, "*.dbn.zst", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var config = Path.Combine(_dir, "q.yaml");
        File.WriteAllText(config, "sources:\n  databento:\n    api_key: k\nsinks:\n  questdb:\n    enabled: true\n" +
            $"    config: \"http::addr=127.0.0.1:{fake.Port};auto_flush_rows=5000;\"\n");
        var store = Path.Combine(_dir, "q.db");

        var r = CliRunner.Run(["replay", .. files, "--store", store, "--config", config]);

        r.Code.Should().Be(0, r.Err);
        r.Out.Should().Contain("also writing to QuestDB");
        var lines = fake.Writes.SelectMany(w => System.Text.Encoding.UTF8.GetString(w.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly");
        c.Open();
        long Count(string table)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM {table}";
            return (long)cmd.ExecuteScalar()!;
        }

        lines.Count(l => l.StartsWith("signals,", StringComparison.Ordinal)).Should().Be((int)Count("signals")).And.BePositive();
        lines.Count(l => l.StartsWith("windows,", StringComparison.Ordinal)).Should().Be((int)Count("windows"));
        lines.Count(l => l.StartsWith("signal_outcomes,", StringComparison.Ordinal)).Should().Be((int)Count("signal_outcomes"));
    }
}
