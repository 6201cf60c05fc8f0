using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream evaluate ceiling</c> on three small simulated days, and its one-line input errors.</summary>
public sealed class EvaluateCeilingCommandTests(BaselineSimFixture sim) : IClassFixture<BaselineSimFixture>, IDisposable
{
    private static readonly string[] RootKeys =
    [
        "demo_dir", "days", "labels_in_file", "labels", "labels_by_kind", "target", "stop", "horizon", "timeout_policy", "max_mid_age",
        "records", "mids", "rows",
    ];

    private static readonly string[] RowKeys =
    [
        "group", "kind", "informed", "start", "labels", "no_direction", "no_mid", "deduplicated", "unresolved", "n", "hits", "misses",
        "timeouts", "hit_rate", "wilson_lb", "pass",
    ];

    private static readonly string[] Kinds = ["volume_shock", "sweep", "block", "iceberg", "emergency"];

    private readonly string _dir = RepoPaths.NewTempDir("cli-ceiling");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Json_counts_every_label_of_the_last_days_once_per_start()
    {
        var (code, stdout, stderr) = CliRunner.Run("evaluate", "ceiling", "--demo-dir", sim.Dir, "--days", "2", "--json");
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(RootKeys);

        var dayFolders = Directory.GetDirectories(sim.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        dayFolders.Should().HaveCount(3);
        var days = dayFolders[1..];
        root.GetProperty("days").EnumerateArray().Select(d => d.GetString()).Should().Equal(days);

        // The labels of those days, read from the file directly (trade_date field).
        var expected = new Dictionary<(string Kind, bool Informed), int>();
        var inFile = 0;
        foreach (var line in File.ReadLines(Path.Combine(sim.Dir, "labels.jsonl")).Where(l => l.Length > 0))
        {
            inFile++;
            using var label = JsonDocument.Parse(line);
            var l = label.RootElement;
            if (days.Contains(l.GetProperty("trade_date").GetString()))
            {
                var key = (l.GetProperty("kind").GetString()!, l.GetProperty("informed").GetBoolean());
                expected[key] = expected.GetValueOrDefault(key) + 1;
            }
        }

        root.GetProperty("labels_in_file").GetInt32().Should().Be(inFile);
        root.GetProperty("labels").GetInt32().Should().Be(expected.Values.Sum()).And.BeGreaterThan(0);
        foreach (var kind in Kinds)
        {
            var count = expected.GetValueOrDefault((kind, true)) + expected.GetValueOrDefault((kind, false));
            root.GetProperty("labels_by_kind").GetProperty(kind).GetInt32().Should().Be(count, kind);
        }

        root.GetProperty("records").GetInt64().Should().BeGreaterThan(0);
        root.GetProperty("mids").GetInt64().Should().BeGreaterThan(0);
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        rows.Should().HaveCount(30);
        var scored = 0L;
        foreach (var r in rows)
        {
            r.EnumerateObject().Select(p => p.Name).Should().Equal(RowKeys);
            long Get(string name) => r.GetProperty(name).GetInt64();
            var (group, kind, informed) = (r.GetProperty("group").GetString(), r.GetProperty("kind").GetString()!, r.GetProperty("informed").GetBoolean());
            Get("labels").Should().Be(Get("no_direction") + Get("no_mid") + Get("deduplicated") + Get("unresolved") + Get("hits") + Get("misses") + Get("timeouts"));
            Get("n").Should().Be(Get("hits") + Get("misses") + Get("timeouts"));
            if (group == "kind")
            {
                Get("labels").Should().Be(expected.GetValueOrDefault((kind, informed)), $"{kind} informed={informed}");
                Get("deduplicated").Should().Be(0);
            }
            else
            {
                kind.Should().Be("all");
                Get("labels").Should().Be(Kinds.Sum(k => expected.GetValueOrDefault((k, informed))), $"{group} informed={informed}");
            }

            if (group == "pooled")
            {
                scored += Get("n");
            }
        }

        scored.Should().BeGreaterThan(0, "some labels of the small days have a valid mid at t0");
        rows.Select(r => (r.GetProperty("start").GetString(), r.GetProperty("group").GetString())).Distinct().Should().Equal(
            ("last", "kind"), ("last", "pooled"), ("last", "dedup"), ("last", "dedup_informed_only"),
            ("first", "kind"), ("first", "pooled"), ("first", "dedup"), ("first", "dedup_informed_only"));
    }

    [Fact]
    public void Text_output_is_a_table_with_the_day_range()
    {
        var (code, stdout, stderr) = CliRunner.Run("evaluate", "ceiling", "--demo-dir", sim.Dir);
        stderr.Should().BeEmpty();
        code.Should().Be(0);
        var days = Directory.GetDirectories(sim.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        stdout.Should().StartWith($"3 day(s) {days[0]} .. {days[2]}: ").And.Contain("dedup_informed_only").And.Contain("Wilson LB").And.NotContain("volume_shoc "); // no wrapped cells
    }

    [Fact]
    public void Bad_input_is_one_line()
    {
        var missing = Path.Combine(_dir, "nope");
        ShouldFail($"--demo-dir {missing}: folder not found", "--demo-dir", missing);
        ShouldFail($"--demo-dir {_dir}: no day folders (yyyy-MM-dd holding *.dbn or *.dbn.zst files)", "--demo-dir", _dir);
        ShouldFail("--days: got 0, expected a whole number ≥ 1", "--demo-dir", sim.Dir, "--days", "0");
        ShouldFail($"--days: got 4, but {sim.Dir} holds 3 day folder(s)", "--demo-dir", sim.Dir, "--days", "4");
        var day = Directory.CreateDirectory(Path.Combine(_dir, "2026-11-02")).FullName;
        File.WriteAllBytes(Path.Combine(day, "mbo.dbn"), []);
        ShouldFail($"labels {Path.Combine(_dir, "labels.jsonl")}: file not found", "--demo-dir", _dir);
    }

    private static void ShouldFail(string expected, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(["evaluate", "ceiling", .. args]);
        code.Should().Be(CliApp.ExitBadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be("nqstream: " + expected + Environment.NewLine);
    }
}
