using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>chain analyze --store</c>: the battle zones land in the <c>battle_zones</c> table the market dashboard reads.</summary>
public sealed class ChainAnalyzeStoreTests(ChainReplaySimFixture sim) : IClassFixture<ChainReplaySimFixture>, IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("chain-store");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Battle_zones_are_stored_ranked_with_the_snapshot_time_and_match_the_json()
    {
        var store = Path.Combine(_dir, "zones.db");
        var (code, stdout, stderr) = CliRunner.Run(["chain", "analyze", .. sim.Files, "--json", "--store", store]);
        code.Should().Be(0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        var zones = root.GetProperty("positioning").GetProperty("zones").EnumerateArray().ToList();
        zones.Should().NotBeEmpty();

        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT ts, underlying, rank, strike, side, band, risk_usd FROM battle_zones ORDER BY rank";
        using var r = cmd.ExecuteReader();
        var i = 0;
        while (r.Read())
        {
            var z = zones[i];
            r.GetInt64(0).Should().Be(root.GetProperty("as_of").GetInt64());
            r.GetString(1).Should().Be("NQZ6");
            r.GetInt64(2).Should().Be(i + 1);
            r.GetDouble(3).Should().Be(z.GetProperty("strike").GetDouble());
            r.GetString(4).Should().Be(z.GetProperty("side").GetString()!.ToUpperInvariant());
            r.GetString(5).Should().Be(z.GetProperty("band").GetString());
            r.GetDouble(6).Should().BeApproximately(z.GetProperty("risk_usd").GetDouble(), 0.01);
            i++;
        }

        i.Should().Be(zones.Count, string.Create(CultureInfo.InvariantCulture, $"one row per zone ({zones.Count})"));
    }
}
