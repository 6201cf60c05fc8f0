using System.Text.Json;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class StoreCommandsTests : IAsyncLifetime
{
    private readonly string _dir = RepoPaths.NewTempDir("cli-store");

    private string Db => Path.Combine(_dir, "s.db");

    public async Task InitializeAsync()
    {
        await using var store = SqliteStore.Open(Db);
        string[] priorities = ["LOW", "HIGH", "IMMEDIATE", "HIGH"];
        for (int i = 0; i < priorities.Length; i++)
        {
            await store.WriteAsync(new SignalRow
            {
                Ts = 1_763_735_400_000_000_000 + (i * 60_000_000_000L),
                SignalId = "id" + i,
                Underlying = "NQZ5",
                InstrumentId = 100 + i,
                RawSymbol = "NQZ5 C2100" + i,
                Kind = "volume_ratio",
                Direction = i % 2 == 0 ? "bullish" : "bearish",
                SignalClass = "HIGH",
                Priority = priorities[i],
                Score = 50 + i,
                Rationale = i == 0 ? "a, \"quoted\" reason" : "r",
                ParameterSetId = "p1",
            });
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Query_prints_a_table_json_and_csv()
    {
        var (code, table, _) = CliRunner.Run("query", "--store", Db, "SELECT priority, count(*) AS n FROM signals GROUP BY priority ORDER BY priority");
        code.Should().Be(CliApp.ExitOk);
        table.Should().Contain("priority").And.Contain("IMMEDIATE").And.Contain("3 rows");

        var (_, json, _) = CliRunner.Run("query", "--store", Db, "--json", "SELECT priority, count(*) AS n, avg(score) AS s, NULL AS z FROM signals GROUP BY priority ORDER BY priority");
        json.Trim().Should().Be("""[{"priority":"HIGH","n":2,"s":52,"z":null},{"priority":"IMMEDIATE","n":1,"s":52,"z":null},{"priority":"LOW","n":1,"s":50,"z":null}]""");

        var (_, csv, _) = CliRunner.Run("query", "--store", Db, "--csv", "SELECT signal_id, rationale FROM signals WHERE signal_id IN ('id0','id1') ORDER BY signal_id");
        csv.Should().Be("signal_id,rationale\nid0,\"a, \"\"quoted\"\" reason\"\nid1,r\n");
    }

    [Fact]
    public void Signals_filters_by_time_and_priority()
    {
        var (code, json, _) = CliRunner.Run("signals", "--store", Db, "--json", "--since", "2025-11-21T14:31:00Z", "--priority", "high");
        code.Should().Be(CliApp.ExitOk);
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.EnumerateArray().Select(e => e.GetProperty("signal_id").GetString()).Should().Equal("id1", "id3");

        var (_, all, _) = CliRunner.Run("signals", "--store", Db);
        all.Should().Contain("2025-11-21T14:30:00.000000000Z").And.Contain("4 rows");

        var (_, ns, _) = CliRunner.Run("signals", "--store", Db, "--csv", "--since", "1763735520000000000");
        ns.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 2);
    }

    [Theory]
    [InlineData(new[] { "signals", "--store", "missing.db" }, "nqstream: store missing.db: file not found")]
    [InlineData(new[] { "signals", "--store", "{db}", "--priority", "urgent" }, "nqstream: --priority 'urgent': expected one of IMMEDIATE, HIGH, MEDIUM, LOW")]
    [InlineData(new[] { "signals", "--store", "{db}", "--since", "yesterday" }, "nqstream: --since 'yesterday': expected an ISO-8601 time*")]
    [InlineData(new[] { "query", "--store", "{db}", "SELEC 1" }, "nqstream: store *: SQL error: near \"SELEC\": syntax error")]
    [InlineData(new[] { "query", "--store", "{db}", "DELETE FROM signals" }, "nqstream: store *: SQL error: the store is opened read-only")]
    public void Bad_input_is_a_one_line_error(string[] args, string message)
    {
        var (code, _, err) = CliRunner.Run(args.Select(a => a.Replace("{db}", Db, StringComparison.Ordinal)).ToArray());
        code.Should().Be(CliApp.ExitBadInput);
        err.TrimEnd().Should().Match(message);
        err.TrimEnd().Should().NotContain("\n");
    }
}
