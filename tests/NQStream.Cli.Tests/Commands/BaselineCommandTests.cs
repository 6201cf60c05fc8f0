using System.Text.Json;
using FluentAssertions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class BaselineCommandTests(BaselineSimFixture sim) : IClassFixture<BaselineSimFixture>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "nqbl-" + Guid.NewGuid().ToString("N"));

    private string Build(string suffix = "", params string[] extra)
    {
        var file = _out + suffix + ".bin";
        var (code, stdout, stderr) = CliRunner.Run(["baseline", "build", sim.Dir, "--out", file, .. extra]);
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Should().Contain("keys (cells with trades)").And.Contain("ToD buckets covered");
        return file;
    }

    [Fact]
    public void Build_matches_a_direct_computation_cell_by_cell()
    {
        var history = BaselineFile.Read(Build());
        var direct = BaselineDirect.Compute(sim.Dir);
        direct.Should().NotBeEmpty();
        history.Days.Select(d => d.TradeDate).Should().Equal(direct.Keys.Select(k => k.Date).Distinct());
        var cellsWithTrades = 0;
        foreach (var day in history.Days)
        {
            day.CoveredBuckets.Should().NotBe(0);
            for (var c = 0; c < BaselineCell.Count; c++)
            {
                var expected = direct.TryGetValue((day.TradeDate, c), out var e) ? e : (0, []);
                day.Volume(c).Should().Be(expected.V, $"{day.TradeDate} cell {c}");
                day.Instruments(c).Should().Be(expected.Ids.Count, $"{day.TradeDate} cell {c}");
                cellsWithTrades += expected.Ids.Count > 0 ? 1 : 0;
            }
        }

        cellsWithTrades.Should().Be(direct.Count);
    }

    [Fact]
    public void Show_json_lists_the_medians_of_the_direct_per_instrument_volumes()
    {
        var file = Build();
        var direct = BaselineDirect.Compute(sim.Dir);
        var (code, stdout, stderr) = CliRunner.Run("baseline", "show", file, "--json", "--top", "5");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(stdout);
        var days = doc.RootElement.GetProperty("days").EnumerateArray().Select(d => DateOnly.Parse(d.GetProperty("trade_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        days.Should().HaveCount(3);
        var cells = doc.RootElement.GetProperty("cells").EnumerateArray().ToArray();
        cells.Should().HaveCount(5);
        var previous = double.MaxValue;
        foreach (var cell in cells)
        {
            var index = cell.GetProperty("cell").GetInt32();
            var u = days.Select(d => direct.TryGetValue((d, index), out var e) ? (double)e.V / e.Ids.Count : 0.0).Order().ToArray();
            cell.GetProperty("median").GetDouble().Should().Be(u[1]);          // three days → middle value
            cell.GetProperty("days_used").GetInt32().Should().Be(3);
            cell.GetProperty("median").GetDouble().Should().BeLessThanOrEqualTo(previous);
            previous = cell.GetProperty("median").GetDouble();
        }
    }

    [Fact]
    public void Builds_are_deterministic_and_days_keeps_the_last_trade_dates()
    {
        var a = File.ReadAllBytes(Build());
        var b = File.ReadAllBytes(Build("-b", "--days", "3"));
        b.Should().Equal(a);
        var two = BaselineFile.Read(Build("-two", "--days", "2"));
        var all = BaselineFile.Parse(a, "a");
        two.Days.Select(d => d.TradeDate).Should().Equal(all.Days.Skip(1).Select(d => d.TradeDate));
        BaselineFile.ToBytes(two).Should().Equal(BaselineFile.ToBytes(all.TakeLast(2)));
    }

    [Fact]
    public void Show_one_cell_renders_its_statistics()
    {
        var file = Build();
        var history = BaselineFile.Read(file);
        var baseline = VolumeBaseline.Compute(history, new DateOnly(2026, 11, 5), new BaselineOptions());
        var best = Enumerable.Range(0, BaselineCell.Count).MaxBy(c => baseline.Get(c).Median);
        var (code, stdout, _) = CliRunner.Run("baseline", "show", file, "--cell", best.ToString(System.Globalization.CultureInfo.InvariantCulture));
        code.Should().Be(0);
        stdout.Should().Contain("baseline for 2026-11-05").And.Contain(baseline.Get(best).Median.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Corrupt_file_is_a_one_line_error_with_the_offset()
    {
        var file = Build();
        var bytes = File.ReadAllBytes(file);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(file, bytes);
        var (code, _, stderr) = CliRunner.Run("baseline", "show", file);
        code.Should().Be(2);
        stderr.Should().Contain($"{file}: offset {bytes.Length - 8}: checksum").And.NotContain("   at ");
    }

    [Fact]
    public void Bad_inputs_exit_2_with_a_one_line_error()
    {
        Directory.CreateDirectory(_out);
        Check(["baseline", "build", "/nonexistent/sim", "--out", _out + ".bin"], "/nonexistent/sim: not found");
        Check(["baseline", "build", _out, "--out", _out + ".bin"], $"{_out}: no DBN files");
        Check(["baseline", "build", sim.Dir, "--out", _out + ".bin", "--days", "0"], "--days: got 0, expected 1..1000");
        Check(["baseline", "build", sim.Dir, "--out", _out], "is a folder, expected a file path");
        Check(["baseline", "show", _out + ".missing"], "file not found");
        Check(["baseline", "show", Build(), "--cell", "7000"], "--cell: got 7000, expected 0..6899");
    }

    private static void Check(string[] args, string message)
    {
        var (code, _, stderr) = CliRunner.Run(args);
        code.Should().Be(2, string.Join(' ', args));
        stderr.Should().Contain(message).And.NotContain("   at ");
    }

    public void Dispose()
    {
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(_out)!, Path.GetFileName(_out) + "*"))
        {
            File.Delete(f);
        }

        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
