using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// Every QuestDB panel query in grafana/dashboards references only tables and columns that exist in
/// questdb/schema.sql (generated from StoreSchema; SchemaTests keeps the file in step), so a dashboard cannot
/// silently show "table does not exist" once deployed.
/// </summary>
public sealed class QuestDbDashboardQueryTests
{
    private const string QuestDbType = "questdb-questdb-datasource";

    [Fact]
    public void Every_questdb_panel_query_uses_only_schema_tables_and_columns()
    {
        var queries = QuestDbQueries().ToList();

        queries.SelectMany(q => QuestDbSqlCheck.Check(q.Where, q.Sql)).Should().BeEmpty();
        queries.Select(q => q.Where).Should().Contain(w => w.StartsWith("market.json", StringComparison.Ordinal))
            .And.Contain(w => w.StartsWith("signals.json", StringComparison.Ordinal));
        queries.Should().HaveCountGreaterThanOrEqualTo(7);
    }

    [Fact]
    public void Every_questdb_target_has_raw_sql()
    {
        var missing = new List<string>();
        foreach (string file in PromQlCatalog.DashboardFiles)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement panel in DashboardModel.Panels(doc.RootElement))
            {
                foreach (var (refId, target) in QuestDbTargets(panel))
                {
                    if (!target.TryGetProperty("rawSql", out JsonElement sql) || string.IsNullOrWhiteSpace(sql.GetString()))
                    {
                        missing.Add($"{Path.GetFileName(file)}: panel {panel.GetProperty("id").GetInt32()} {refId}");
                    }
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("SELECT ts, avg(ofi) AS ofi FROM pressure WHERE $__timeFilter(ts)", "q: table 'pressure' is not in questdb/schema.sql (tables: signals, signal_outcomes, battle_zones, windows, feed_quality, engine_metrics)")]
    [InlineData("SELECT ts, underlying, class, expected_value FROM signals ORDER BY ts DESC", "q: column 'class' is not in signals*", "q: column 'expected_value' is not in signals*")]
    [InlineData("SELECT w.ts, w.ratio FROM windows w WHERE w.window_len LIKE 'flow_%' AND x = 'ratio'", "q: column 'w.ratio' is not in table windows", "q: column 'x' is not in windows*")]
    [InlineData("SELECT ts, max(ratio) AS r FROM windows WHERE $__timeFilter(stamp) SAMPLE BY $__sampleByInterval ORDER BY r", "q: column 'ratio' is not in windows*", "q: column 'stamp' is not in windows*")]
    public void The_check_names_unknown_tables_and_columns(string sql, params string[] expected)
    {
        var problems = QuestDbSqlCheck.Check("q", sql);

        problems.Should().HaveCount(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            problems[i].Should().Match(expected[i]);
        }
    }

    [Fact]
    public void Literals_aliases_functions_and_macros_are_not_mistaken_for_columns()
    {
        QuestDbSqlCheck.Check("q",
            "SELECT ts, sum(buy_volume) - sum(sell_volume) AS net, count(*) AS n FROM windows WHERE $__timeFilter(ts) AND window_len LIKE 'nope_%' " +
            "AND raw_symbol IN ('x y', 'it''s') AND z IS NOT NULL LATEST ON ts PARTITION BY instrument_id, window_len ORDER BY net DESC LIMIT ${limit}")
            .Should().BeEmpty();
    }

    private static IEnumerable<(string Where, string Sql)> QuestDbQueries()
    {
        foreach (string file in PromQlCatalog.DashboardFiles)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement panel in DashboardModel.Panels(doc.RootElement))
            {
                foreach (var (refId, target) in QuestDbTargets(panel))
                {
                    if (target.TryGetProperty("rawSql", out JsonElement sql))
                    {
                        yield return ($"{Path.GetFileName(file)}: panel {panel.GetProperty("id").GetInt32()} {refId}", sql.GetString()!);
                    }
                }
            }
        }
    }

    /// <summary>Targets whose own datasource, or else the panel's, is the QuestDB plugin.</summary>
    private static IEnumerable<(string RefId, JsonElement Target)> QuestDbTargets(JsonElement panel)
    {
        if (!panel.TryGetProperty("targets", out JsonElement targets))
        {
            yield break;
        }

        string? panelType = panel.TryGetProperty("datasource", out JsonElement pds) && pds.ValueKind == JsonValueKind.Object && pds.TryGetProperty("type", out JsonElement pt)
            ? pt.GetString() : null;
        foreach (JsonElement target in targets.EnumerateArray())
        {
            string? type = target.TryGetProperty("datasource", out JsonElement ds) && ds.ValueKind == JsonValueKind.Object && ds.TryGetProperty("type", out JsonElement t)
                ? t.GetString() : panelType;
            if (type == QuestDbType || target.TryGetProperty("rawSql", out _))
            {
                yield return (target.GetProperty("refId").GetString()!, target);
            }
        }
    }
}
