using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.PerfHarness.Java;
using NQStream.PerfHarness.Ring;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class PerfCommandTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("nqstream-perf");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Perf_ring_runs_every_implementation_on_every_topology_and_writes_mops_per_run()
    {
        var json = Path.Combine(_dir, "ring.json");
        var (exit, stdout, stderr) = Run("perf", "ring", "--topology", "all", "--events", "30000", "--runs", "1", "--json", json);
        exit.Should().Be(CliApp.ExitOk, stderr);

        // The LMAX peer may be skipped only outside CI, and only when the JDK or the jar is missing.
        var lmaxAvailable = JavaPeer.Locate(out var reason) is not null;
        if (SharedData.IsCi)
        {
            lmaxAvailable.Should().BeTrue($"CI must run the LMAX peer ({reason})");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        root.GetProperty("events").GetInt64().Should().Be(30000);
        root.GetProperty("runs").GetInt32().Should().Be(1);
        var results = root.GetProperty("results");
        var implementations = results.EnumerateObject().Select(p => p.Name).ToList();
        implementations.Should().Equal("nqstream-ring", "lmax-disruptor-3.4.4", "channel-bounded", "dataflow-actionblock", "rx-subject");
        foreach (var implementation in results.EnumerateObject())
        {
            if (implementation.Name == "lmax-disruptor-3.4.4" && !lmaxAvailable)
            {
                implementation.Value.GetProperty("skipped").GetString().Should().Be(reason);
                continue;
            }

            var topologies = implementation.Value.EnumerateObject().Select(p => p.Name).ToList();
            topologies.Should().Equal("1p1c", "1p3c-multicast", "3-stage-pipeline", "diamond", "3p1c");
            foreach (var topology in implementation.Value.EnumerateObject())
            {
                var mops = topology.Value.GetProperty("mops").EnumerateArray().Select(e => e.GetDouble()).ToList();
                mops.Should().HaveCount(1).And.OnlyContain(m => m > 0);
                topology.Value.GetProperty("checksumOk").GetBoolean().Should().BeTrue();
            }
        }

        stdout.Should().Contain("run 1/1 3p1c").And.Contain("median Mops/s").And.Contain("ratio 1p1c: nqstream-ring = ");
        stdout.Split('\n').Count(l => l.StartsWith("run ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("checksum ok", StringComparison.Ordinal))
            .Should().Be((lmaxAvailable ? 5 : 4) * 5);
    }

    [Fact]
    public void Perf_ring_keeps_one_mops_value_per_run_in_the_json()
    {
        var json = Path.Combine(_dir, "runs.json");
        var (exit, _, stderr) = Run("perf", "ring", "--topology", "1p1c,diamond", "--events", "20000", "--runs", "3", "--impl", "nqstream-ring,channel-bounded", "--json", json);
        exit.Should().Be(CliApp.ExitOk, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var results = doc.RootElement.GetProperty("results");
        results.EnumerateObject().Select(p => p.Name).Should().Equal("nqstream-ring", "channel-bounded");
        var ours = results.GetProperty("nqstream-ring").GetProperty("diamond");
        var mops = ours.GetProperty("mops").EnumerateArray().Select(e => e.GetDouble()).Order().ToArray();
        mops.Should().HaveCount(3);
        ours.GetProperty("median").GetDouble().Should().BeApproximately(mops[1], 1e-5);
        ours.GetProperty("allocatedBytes").EnumerateArray().Should().HaveCount(3);
    }

    [Fact]
    public void Expected_checksums_follow_the_documented_formulas()
    {
        Topologies.ExpectedChecksum(Topology.OneToOne, 10).Should().Be(45);
        Topologies.ExpectedChecksum(Topology.Multicast, 10).Should().Be(135);
        Topologies.ExpectedChecksum(Topology.Pipeline, 10).Should().Be(3 * (45 + 70));
        Topologies.ExpectedChecksum(Topology.Diamond, 31).Should().Be(3, "0, 15 and 30");
        Topologies.ExpectedChecksum(Topology.ThreeToOne, 10).Should().Be(3 * 3, "three producers each send 0, 1, 2");
    }

    [Fact]
    public void Perf_latency_reports_percentiles_and_writes_json()
    {
        var json = Path.Combine(_dir, "latency.json");
        var (exit, stdout, stderr) = Run("perf", "latency", "--rate", "50000", "--seconds", "0.2", "--wait", "yielding", "--json", json);
        exit.Should().Be(CliApp.ExitOk, stderr);
        stdout.Should().Contain("checksum ok").And.Contain("hop").And.Contain("p99.9");
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var hop = doc.RootElement.GetProperty("hopNanos");
        hop.GetProperty("count").GetInt64().Should().Be(10_000);
        var p50 = hop.GetProperty("p50").GetInt64();
        var p99 = hop.GetProperty("p99").GetInt64();
        var max = hop.GetProperty("max").GetInt64();
        p50.Should().BePositive();
        p99.Should().BeGreaterThanOrEqualTo(p50);
        max.Should().BeGreaterThanOrEqualTo(p99);
    }

    [Fact]
    public void Bad_options_are_one_line_errors_with_exit_code_2()
    {
        var (exit, _, stderr) = Run("perf", "ring", "--topology", "ring-of-fire");
        exit.Should().Be(CliApp.ExitBadInput);
        stderr.Trim().Should().Be(
            "nqstream: --topology: unknown topology 'ring-of-fire' (expected 'all' or one of: 1p1c, 1p3c-multicast, 3-stage-pipeline, diamond, 3p1c)");
        Run("perf", "ring", "--events", "0").Stderr.Trim().Should().Be("nqstream: --events must be positive, got 0");
        Run("perf", "ring", "--impl", "kafka").Stderr.Trim().Should().StartWith("nqstream: --impl: unknown implementation 'kafka'");
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
