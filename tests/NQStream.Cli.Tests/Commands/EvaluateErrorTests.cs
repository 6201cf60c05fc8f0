using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream evaluate</c>: bad input is one line on stderr with exit 2; the pass criterion at the documented vector.</summary>
public sealed class EvaluateErrorTests : IAsyncLifetime
{
    private readonly string _dir = RepoPaths.NewTempDir("cli-evaluate-errors");

    private string Db => Path.Combine(_dir, "s.db");

    private string Labels => Path.Combine(_dir, "labels.jsonl");

    public async Task InitializeAsync()
    {
        await EvaluateFixture.WriteStoreAsync(Db);
        EvaluateFixture.WriteLabels(Labels);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
        return Task.CompletedTask;
    }

    private static void ShouldFail(string expected, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(["evaluate", .. args]);
        code.Should().Be(CliApp.ExitBadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be("nqstream: " + expected + Environment.NewLine);
    }

    [Fact]
    public void Missing_files_are_named()
    {
        var missing = Path.Combine(_dir, "nope.db");
        ShouldFail($"store {missing}: file not found", "--labels", Labels, "--store", missing);
        var noLabels = Path.Combine(_dir, "nope.jsonl");
        ShouldFail($"labels {noLabels}: file not found", "--labels", noLabels, "--store", Db);
    }

    [Fact]
    public void A_malformed_label_line_names_file_line_and_field()
    {
        File.WriteAllLines(Labels, ["{\"id\":\"a\",\"kind\":\"sweep\",\"ts_event\":5,\"instrument_id\":1}", "{\"id\":\"b\",\"kind\":\"sweep\",\"ts_event\":\"x\",\"instrument_id\":1}"]);
        ShouldFail($"{Labels}:2: field 'ts_event': expected a number", "--labels", Labels, "--store", Db);
        File.WriteAllLines(Labels, ["{\"id\":\"a\",\"kind\":\"sweep\",\"ts_event\":5,", ""]);
        var (code, _, stderr) = CliRunner.Run("evaluate", "--labels", Labels, "--store", Db);
        code.Should().Be(CliApp.ExitBadInput);
        stderr.Should().StartWith($"nqstream: {Labels}:1: not a JSON object (").And.EndWith(")" + Environment.NewLine);
        stderr.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void A_store_without_the_tables_is_rejected()
    {
        var other = Path.Combine(_dir, "other.db");
        using (var c = SqliteStore.OpenConnection(other, readOnly: false))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE signals (ts INTEGER); CREATE TABLE windows (ts INTEGER)";
            cmd.ExecuteNonQuery();
        }

        ShouldFail($"store {other}: table 'signal_outcomes' not found (an NQStream store written by 'nqstream replay' has it)", "--labels", Labels, "--store", other);
    }

    [Fact]
    public void Bad_window_and_bad_stored_values_are_named()
    {
        ShouldFail("--window '5 parsecs': expected a duration such as 200ms, 10s, 5min, 1h", "--labels", Labels, "--store", Db, "--window", "5 parsecs");

        using (var c = SqliteStore.OpenConnection(Db, readOnly: false))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE signal_outcomes SET outcome = 'WIN' WHERE signal_id = 's01'";
            cmd.ExecuteNonQuery();
        }

        ShouldFail($"store {Db}: signal_outcomes row for signal 's01': outcome 'WIN': expected HIT, MISS, TIMEOUT or UNRESOLVED", "--labels", Labels, "--store", Db);

        using (var c = SqliteStore.OpenConnection(Db, readOnly: false))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE signals SET kind = 'spoof' WHERE signal_id = 's02'";
            cmd.ExecuteNonQuery();
        }

        ShouldFail($"store {Db}: signals row 's02': column 'kind': expected volume_shock|sweep|block|iceberg|emergency, got 'spoof'", "--labels", Labels, "--store", Db);
    }

    [Theory]
    [InlineData(44, true, 0.7620)]    // §6.1 vector: (50, 44) → L = 0.7620 > 0.75 with n = min_n
    [InlineData(43, false, 0.7381)]   // one hit fewer: L = 0.7381 ≤ 0.75
    public async Task Pass_needs_the_lower_bound_above_75_percent_and_min_n(int hits, bool pass, double lower)
    {
        // 50 HIGH signals, each on its own instrument, resolved before the next: all scored.
        var path = Path.Combine(_dir, "fifty.db");
        await using (var store = SqliteStore.Open(path))
        {
            for (var i = 0; i < 50; i++)
            {
                var ts = EvaluateFixture.B + (i * 100 * EvaluateFixture.S);
                var id = "f" + i.ToString("D2", CultureInfo.InvariantCulture);
                await store.WriteAsync(new SignalRow
                {
                    Ts = ts, SignalId = id, Underlying = "NQZ5", InstrumentId = 1000 + i, RawSymbol = "X", Kind = "BLOCK", Direction = "BULLISH",
                    SignalClass = "HIGH", Priority = "HIGH", ParameterSetId = "p", UnderlyingId = 42, BucketStart = EvaluateFixture.B,
                });
                await store.WriteAsync(new SignalOutcomeRow { Ts = ts + (50 * EvaluateFixture.S), SignalId = id, Underlying = "NQZ5", Outcome = i < hits ? "HIT" : "MISS", SignalTs = ts });
            }
        }

        File.WriteAllText(Labels, string.Empty);
        var (code, stdout, stderr) = CliRunner.Run("evaluate", "--labels", Labels, "--store", path, "--json");
        code.Should().Be(CliApp.ExitOk, stderr);
        var j = JsonDocument.Parse(stdout).RootElement;
        j.GetProperty("n_scored").GetInt32().Should().Be(50);
        j.GetProperty("hit_rate").GetDouble().Should().Be(hits / 50.0);
        j.GetProperty("hit_rate_wilson_lb").GetDouble().Should().BeApproximately(lower, 5e-5);
        j.GetProperty("hit_rate_pass").GetBoolean().Should().Be(pass);
        j.GetProperty("by_priority").GetProperty("HIGH").GetProperty("pass").GetBoolean().Should().Be(pass);
        j.GetProperty("precision").GetDouble().Should().Be(0, "no label: every signal is a false positive");
        j.GetProperty("recall").ValueKind.Should().Be(JsonValueKind.Null);
        j.GetProperty("hit_rate_informed").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
