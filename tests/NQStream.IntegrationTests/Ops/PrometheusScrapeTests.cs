using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// A real Prometheus 2.42 scrapes the in-process engine endpoint (it negotiates OpenMetrics), loads the
/// repository's rules, and evaluates every PromQL expression of the rules and dashboards.
/// </summary>
public sealed class PrometheusScrapeTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [PeerFact("prometheus")]
    public async Task Prometheus_scrapes_the_engine_and_every_rule_and_dashboard_query_evaluates()
    {
        await using PrometheusServer prometheus = await PrometheusServer.StartAsync(engine.Target, PromQlCatalog.RuleFiles);

        // 1. The target is up with no scrape error (bounded wait: a few 1 s scrape intervals).
        JsonElement target = default;
        bool up = await PrometheusServer.WaitUntilAsync(async () =>
        {
            JsonElement targets = await prometheus.GetJsonAsync("api/v1/targets");
            JsonElement[] active = [.. targets.GetProperty("data").GetProperty("activeTargets").EnumerateArray()];
            if (active.Length != 1)
            {
                return false; // target discovery has not run yet
            }

            target = active[0];
            return target.GetProperty("health").GetString() == "up";
        }, TimeSpan.FromSeconds(30));
        up.Should().BeTrue($"target should be up; last state {target}\n{prometheus.Log}");
        target.GetProperty("lastError").GetString().Should().BeEmpty();
        target.GetProperty("scrapeUrl").GetString().Should().Be($"http://{engine.Target}/metrics");

        // 2. Values arrive intact, including a label value that needed every escape.
        (await ScalarAsync(prometheus, "nqstream_events_processed_total{operator=\"book\"}")).Should().Be(1234);
        (await ScalarAsync(prometheus, "sum(nqstream_signals_total{underlying=\"NQ\"})")).Should().Be(13);
        (await ScalarAsync(prometheus, "nqstream_processing_latency_seconds_bucket{le=\"0.05\"}")).Should().Be(4);
        (await ScalarAsync(prometheus, "nqstream_processing_latency_seconds_count")).Should().Be(5);
        JsonElement awkward = await prometheus.QueryAsync("nqstream_feed_gaps_total{feed!=\"databento\"}");
        JsonElement sample = awkward.GetProperty("data").GetProperty("result").EnumerateArray().Single();
        sample.GetProperty("metric").GetProperty("feed").GetString().Should().Be(EngineFixture.AwkwardFeed);
        (await ScalarAsync(prometheus, "process_resident_memory_bytes")).Should().BeGreaterThan(1 << 20);

        // 3. Every expression of the rules and dashboards evaluates without error.
        var expressions = PromQlCatalog.FromRules().Concat(PromQlCatalog.FromDashboards()).ToList();
        expressions.Should().HaveCountGreaterThan(60);
        var failures = new List<string>();
        foreach ((string where, string expr) in expressions)
        {
            JsonElement answer = await prometheus.QueryAsync(PromQlCatalog.ToPromQl(expr));
            if (answer.GetProperty("status").GetString() != "success")
            {
                failures.Add($"{where}: {answer.GetProperty("error").GetString()}");
            }
        }

        failures.Should().BeEmpty();

        // 4. The rule groups load and, once evaluated, report no evaluation error (e.g. many-to-many matching).
        JsonElement[] rules = [];
        bool evaluated = await PrometheusServer.WaitUntilAsync(async () =>
        {
            JsonElement answer = await prometheus.GetJsonAsync("api/v1/rules");
            rules = [.. answer.GetProperty("data").GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("rules").EnumerateArray())];
            return rules.Length > 0 && rules.All(r => !r.GetProperty("lastEvaluation").GetString()!.StartsWith("0001", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(40));
        evaluated.Should().BeTrue("every rule group should have been evaluated within 40 s");
        rules.Should().HaveCount(PromQlCatalog.FromRules().Count());
        rules.Where(r => r.GetProperty("health").GetString() != "ok")
            .Select(r => $"{r.GetProperty("name").GetString()}: {r.GetProperty("lastError").GetString()}")
            .Should().BeEmpty();

        // 5. Recording rules produce values once an evaluation has seen a scrape (group interval 15 s).
        foreach (string recorded in new[] { "nqstream:memory_utilisation:ratio", "nqstream:store_volume_utilisation:ratio" })
        {
            bool present = await PrometheusServer.WaitUntilAsync(async () =>
                (await prometheus.QueryAsync(recorded)).GetProperty("data").GetProperty("result").GetArrayLength() == 1,
                TimeSpan.FromSeconds(40));
            present.Should().BeTrue($"{recorded} should be recorded within 40 s");
            (await ScalarAsync(prometheus, recorded)).Should().BeInRange(0.0001, 1);
        }
    }

    private static async Task<double> ScalarAsync(PrometheusServer prometheus, string promql)
    {
        JsonElement answer = await prometheus.QueryAsync(promql);
        answer.GetProperty("status").GetString().Should().Be("success", promql);
        JsonElement[] result = [.. answer.GetProperty("data").GetProperty("result").EnumerateArray()];
        result.Should().ContainSingle($"query {promql} should return one series");
        return double.Parse(result[0].GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
