using FluentAssertions;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nqsim-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Simulate_writes_the_day_files_labels_and_summary()
    {
        var config = _dir + ".yaml";
        Directory.CreateDirectory(_dir);
        File.WriteAllText(config, "simulation:\n  strike_band: 0.01\n  weekly_horizon_days: 2\n  monthly_horizon_days: 0\n  quarterly_horizon_days: 50\n");
        var (code, stdout, stderr) = CliRunner.Run("simulate", "--out", _dir, "--days", "1", "--seed", "3", "--events-per-day", "30000", "--start-date", "2026-11-07", "--config", config);
        File.Delete(config);
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Contain("day 1/1 2026-11-09").And.Contain("MBO events");
        foreach (var f in new[] { "definitions.dbn.zst", "statistics.dbn.zst", "mbo.dbn.zst" })
        {
            new FileInfo(Path.Combine(_dir, "2026-11-09", f)).Length.Should().BeGreaterThan(1000, f);
        }

        File.ReadAllLines(Path.Combine(_dir, "labels.jsonl")).Should().NotBeEmpty();
        File.ReadAllText(Path.Combine(_dir, "summary.json")).Should().Contain("\"cancel_per_add\"");
    }

    [Theory]
    [InlineData(new[] { "simulate", "--out", "x", "--days", "0", "--seed", "1" }, "days: expected 1..1000")]
    [InlineData(new[] { "simulate", "--out", "x", "--days", "1", "--seed", "1", "--start-date", "2026-13-01" }, "--start-date: '2026-13-01' is not a date YYYY-MM-DD")]
    [InlineData(new[] { "simulate", "--out", "x", "--days", "1", "--seed", "1", "--events-per-day", "10" }, "events_per_day: expected 1000..2000000000")]
    [InlineData(new[] { "simulate", "--out", "x", "--days", "1", "--seed", "1", "--config", "/nonexistent/sim.yaml" }, "--config: file not found: /nonexistent/sim.yaml")]
    [InlineData(new[] { "simulate", "--days", "1", "--seed", "1" }, "--out")]
    public void Bad_arguments_exit_2_with_a_one_line_error(string[] args, string message)
    {
        var (code, _, stderr) = CliRunner.Run(args);
        code.Should().Be(2);
        stderr.Should().Contain(message);
        stderr.Should().NotContain("   at ");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
