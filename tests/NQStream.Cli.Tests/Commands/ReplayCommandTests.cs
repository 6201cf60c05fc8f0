using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Feeds.Simulation;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class ReplayCommandTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("replay-cli");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string[] SimulatedFiles()
    {
        var sim = Path.Combine(_dir, "sim");
        new Simulator(new SimulationOptions { Seed = 11, Days = 1, EventsPerDay = 300_000 }).Run(sim);
        return [.. Directory.GetFiles(sim, "*.dbn.zst", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    private static List<string> Windows(string store) =>
        Rows(store, "SELECT ts, instrument_id, raw_symbol, window_len, pressure, ofi, volume, buy_volume, sell_volume FROM windows ORDER BY ts, instrument_id, window_len");

    private static List<string> Signals(string store) =>
        Rows(store, "SELECT * FROM signals ORDER BY ts, signal_id");

    private static List<string> Rows(string store, string sql)
    {
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            var values = new object[r.FieldCount];
            r.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    [Fact]
    public void Replaying_the_same_files_twice_gives_identical_store_contents_and_a_summary()
    {
        var files = SimulatedFiles();
        var a = Path.Combine(_dir, "a.db");
        var b = Path.Combine(_dir, "b.db");
        var json = Path.Combine(_dir, "summary.json");
        var first = CliRunner.Run(["replay", .. files, "--store", a, "--summary-json", json]);
        first.Code.Should().Be(0, first.Err);
        CliRunner.Run(["replay", .. files, "--store", b]).Code.Should().Be(0);

        var rowsA = Windows(a);
        rowsA.Should().HaveCountGreaterThan(100);
        Windows(b).Should().Equal(rowsA, "replay is deterministic: same input, same outputs");
        rowsA.Should().Contain(r => r.Contains("|ofi_10s|", StringComparison.Ordinal)).And.Contain(r => r.Contains("|flow_10s|", StringComparison.Ordinal));

        var s = JsonNode.Parse(File.ReadAllText(json))!;
        var events = s["events"]!.GetValue<long>();
        events.Should().BeGreaterThan(50_000);
        s["book_problems"]!.GetValue<long>().Should().Be(0);
        s["windows_written"]!.GetValue<long>().Should().Be(rowsA.Count);
        var signals = Signals(a);
        signals.Should().NotBeEmpty("the simulated day holds injected blocks and sweeps");
        Signals(b).Should().Equal(signals, "the signal table is identical row for row, ids included");
        s["signals"]!.GetValue<long>().Should().Be(signals.Count);
        s["signals_by_priority"]!.AsObject().Sum(kv => kv.Value!.GetValue<long>()).Should().Be(signals.Count);
        (s["latency_us"]!["p50"]!.GetValue<double>() <= s["latency_us"]!["p99"]!.GetValue<double>()).Should().BeTrue();
        s["events_per_second"]!.GetValue<double>().Should().BeApproximately(events / s["seconds"]!.GetValue<double>(), 1.0);
        first.Out.Should().Contain("replay summary").And.Contain("book integrity problems");
    }

    [Fact]
    public void A_profile_changes_the_signals_and_every_signal_records_its_parameter_set()
    {
        var files = SimulatedFiles();
        var config = Path.Combine(_dir, "strict.yaml");
        File.WriteAllText(config,
            "sources:\n  databento:\n    api_key: k\n" +
            "profiles:\n  strict:\n    operators:\n      size_filter:\n        min_premium_usd: 10000000\n      mm_score:\n        institutional_min: 0.99\n");
        var a = Path.Combine(_dir, "default.db");
        var b = Path.Combine(_dir, "strict.db");
        CliRunner.Run(["replay", .. files, "--store", a]).Code.Should().Be(0);
        var strict = CliRunner.Run(["replay", .. files, "--store", b, "--config", config, "--profile", "strict"]);
        strict.Code.Should().Be(0, strict.Err);

        var kindsA = Rows(a, "SELECT kind, param_set, count(*) FROM signals GROUP BY 1, 2 ORDER BY 1");
        var kindsB = Rows(b, "SELECT kind, param_set, count(*) FROM signals GROUP BY 1, 2 ORDER BY 1");
        kindsA.Should().Contain(r => r.StartsWith("BLOCK|", StringComparison.Ordinal));
        kindsB.Should().NotContain(r => r.StartsWith("BLOCK|", StringComparison.Ordinal) || r.StartsWith("SWEEP|", StringComparison.Ordinal),
            "no event is $10 M and none scores 0.99");
        Rows(a, "SELECT DISTINCT param_set FROM signals").Should().ContainSingle()
            .Which.Should().NotBe(Rows(b, "SELECT DISTINCT param_set FROM signals").SingleOrDefault() ?? "", "the parameter set differs");
    }

    [Fact]
    public void Ofi_windows_traded_keeps_futures_and_the_option_windows_with_trades_and_changes_nothing_else()
    {
        var files = SimulatedFiles();
        var all = Path.Combine(_dir, "all.db");
        var traded = Path.Combine(_dir, "traded.db");
        CliRunner.Run(["replay", .. files, "--store", all]).Code.Should().Be(0);
        var run = CliRunner.Run(["replay", .. files, "--store", traded, "--ofi-windows", "traded"]);
        run.Code.Should().Be(0, run.Err);

        static List<string> Of(List<string> rows, string window) => rows.FindAll(r => r.Split('|')[3] == window);
        static bool IsFuture(string row) => !row.Split('|')[2].Contains(' ', StringComparison.Ordinal); // options: "Q4CX6 C19870"
        static string Key(string row) => string.Join('|', row.Split('|')[..2]); // ts (window end), instrument_id
        var allRows = Windows(all);
        var tradedRows = Windows(traded);
        Of(tradedRows, "flow_10s").Should().Equal(Of(allRows, "flow_10s"), "aggressor-imbalance windows are not affected");
        var ofiAll = Of(allRows, "ofi_10s");
        var ofiTraded = Of(tradedRows, "ofi_10s");
        ofiTraded.Should().BeSubsetOf(ofiAll, "kept windows are the same values");
        ofiTraded.FindAll(IsFuture).Should().Equal(ofiAll.FindAll(IsFuture)).And.NotBeEmpty("every window of the futures is kept");
        var withTrades = Of(allRows, "flow_10s").Select(Key).ToHashSet(StringComparer.Ordinal);
        var options = ofiTraded.FindAll(r => !IsFuture(r));
        options.Should().NotBeEmpty();
        options.FindAll(r => !withTrades.Contains(Key(r))).Should().BeEmpty("an option's OFI window is kept only where it traded");
        options.Should().HaveCount(ofiAll.Count(r => !IsFuture(r) && withTrades.Contains(Key(r))), "and every such window is kept");
        ofiTraded.Count.Should().BeLessThan(ofiAll.Count / 3, "most option windows carry requotes only");
        Signals(traded).Should().Equal(Signals(all), "signals do not depend on what the store keeps");
    }

    [Fact]
    public void Window_close_on_the_watermark_emits_the_same_windows_as_at_the_next_record_in_time_order()
    {
        var files = SimulatedFiles();
        var watermark = Path.Combine(_dir, "watermark.db");
        var record = Path.Combine(_dir, "record.db");
        CliRunner.Run(["replay", .. files, "--store", watermark]).Code.Should().Be(0);
        var run = CliRunner.Run(["replay", .. files, "--store", record, "--window-close", "record"]);
        run.Code.Should().Be(0, run.Err);

        Windows(watermark).Should().Equal(Windows(record)).And.NotBeEmpty("the same windows with the same values");
        Signals(watermark).Should().Equal(Signals(record));
        static long OutOfOrder(string db) => long.Parse(Rows(db,
            "SELECT count(*) FROM (SELECT ts, lag(ts) OVER (ORDER BY rowid) AS prev FROM windows) WHERE ts < prev - 60000000000")[0],
            System.Globalization.CultureInfo.InvariantCulture);
        var late = OutOfOrder(record);
        late.Should().BePositive("at the next record a quiet instrument's window comes out late");
        OutOfOrder(watermark).Should().BeLessThan(late / 10, "on the watermark rows come out close to time order");
    }

    [Fact]
    public void Demo_simulates_and_replays_without_files_or_servers()
    {
        var store = Path.Combine(_dir, "demo.db");
        var (code, stdout, stderr) = CliRunner.Run("replay", "--demo", "--days", "2", "--events-per-day", "40000", "--seed", "3", "--store", store);
        code.Should().Be(0, stderr);
        stdout.Should().Contain("replay summary").And.Contain("signals by priority").And.Contain("evaluate --labels");
        var windows = Windows(store);
        windows.Should().Contain(r => r.Contains("|ofi_10s|", StringComparison.Ordinal));
        windows.Should().Contain(r => r.Contains("|dflow_10s|", StringComparison.Ordinal), "per-underlying delta-weighted flow");
        windows.Should().Contain(r => r.Contains("|ratio_30m|", StringComparison.Ordinal), "the demo builds a baseline, so buckets close with a volume ratio row");
    }

    [Fact]
    public void Bad_arguments_are_one_line_errors()
    {
        CliRunner.Run("replay").Err.Trim().Should().Be("nqstream: replay: give DBN FILES or --demo (one of the two)");
        CliRunner.Run("replay", Path.Combine(_dir, "none.dbn")).Err.Trim().Should().EndWith("none.dbn");
        var notDbn = Path.Combine(_dir, "x.dbn");
        File.WriteAllText(notDbn, "hello");
        var bad = CliRunner.Run("replay", notDbn, "--store", Path.Combine(_dir, "x.db"));
        (bad.Code, bad.Err.Trim()).Should().Be((2, $"nqstream: {notDbn}: offset 0: not a DBN stream: starts with 68 65 6C 6C (expected 'DBN' 44 42 4E, or zstd 28 B5 2F FD)"));
    }
}
