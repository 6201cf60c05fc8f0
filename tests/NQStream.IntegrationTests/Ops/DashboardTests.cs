using System.Text.Json;
using FluentAssertions;
using NQStream.Sinks.Metrics;
using NQStream.TestSupport;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NQStream.IntegrationTests.Ops;

/// <summary>Offline checks of grafana/: schema from @grafana/schema, cross references, metric names.</summary>
public sealed class DashboardTests
{
    [PeerFact("grafana-schema")]
    public async Task Dashboards_validate_against_the_schema_derived_from_grafana_schema()
    {
        string dashboards = Path.Combine(RepoPaths.Root, "grafana", "dashboards");
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("node"), ["validate.mjs", dashboards], workingDirectory: Peers.GrafanaCheckerDir);
        result.ExitCode.Should().Be(0, result.Output);
        result.Stdout.Should().Contain($"checked {PromQlCatalog.DashboardFiles.Count} dashboard(s) against @grafana/schema Dashboard: 0 invalid");
    }

    [PeerFact("grafana-schema")]
    public async Task The_schema_check_rejects_a_broken_dashboard()
    {
        string dir = RepoPaths.NewTempDir("nqstream-dash");
        try
        {
            string text = File.ReadAllText(PromQlCatalog.DashboardFiles[0]).Replace("\"schemaVersion\": 39", "\"schemaVersion\": \"39\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(dir, "bad.json"), text);
            ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("node"), ["validate.mjs", dir], workingDirectory: Peers.GrafanaCheckerDir);
            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain("/schemaVersion must be number");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Dashboards_have_unique_ids_and_uids_provisioned_datasources_and_a_grid_that_fits()
    {
        IReadOnlySet<string> uids = ProvisionedUids();
        uids.Should().BeEquivalentTo("prom-main", "questdb-main");
        var problems = new List<string>();
        var dashboardUids = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in PromQlCatalog.DashboardFiles)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            string name = Path.GetFileName(file);
            string uid = doc.RootElement.GetProperty("uid").GetString()!;
            uid.Length.Should().BeInRange(8, 40, name);
            if (!dashboardUids.Add(uid) || !titles.Add(doc.RootElement.GetProperty("title").GetString()!))
            {
                problems.Add($"{name}: uid or title used twice");
            }

            problems.AddRange(DashboardChecks.Check(name, doc.RootElement, uids));
        }

        PromQlCatalog.DashboardFiles.Select(Path.GetFileNameWithoutExtension).Should()
            .BeEquivalentTo("engine", "feeds", "signals", "market", "system");
        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_cross_reference_check_finds_overlaps_duplicates_and_unknown_uids()
    {
        const string Broken = """
            {"panels": [
              {"id": 1, "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8}, "datasource": {"type": "prometheus", "uid": "prom-main"},
               "targets": [{"refId": "A"}, {"refId": "A", "datasource": {"type": "prometheus", "uid": "nope"}}]},
              {"id": 1, "gridPos": {"x": 6, "y": 4, "w": 20, "h": 8}}
            ]}
            """;
        using JsonDocument doc = JsonDocument.Parse(Broken);
        DashboardChecks.Check("b.json", doc.RootElement, new HashSet<string> { "prom-main" }).Should().BeEquivalentTo(
            "b.json: panel 1 repeats refId A",
            "b.json: panel 1 target A uses datasource uid 'nope' that is not provisioned",
            "b.json: panel id 1 is used twice",
            "b.json: panel 1 gridPos x=6 w=20 y=4 h=8 does not fit 24 columns",
            "b.json: panel 1 overlaps panel 1");
    }

    [Fact]
    public void Rules_and_dashboards_use_only_metric_names_the_engine_defines()
    {
        var known = new HashSet<string>(EngineMetricNames.All.Concat(ProcessMetricNames.All), StringComparer.Ordinal) { "up" };
        foreach (string histogram in new[] { EngineMetricNames.ProcessingLatency })
        {
            known.UnionWith([histogram + "_bucket", histogram + "_sum", histogram + "_count"]);
        }

        known.UnionWith(PromQlCatalog.FromRules().Where(r => r.Where.Contains(':', StringComparison.Ordinal) && r.Where.StartsWith("nqstream_recording", StringComparison.Ordinal))
            .Select(r => r.Where[(r.Where.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        var used = PromQlCatalog.FromRules().Concat(PromQlCatalog.FromDashboards())
            .SelectMany(e => PromQlCatalog.MetricNames(PromQlCatalog.ToPromQl(e.Expr)).Select(n => (e.Where, Name: n)))
            .ToList();

        used.Select(u => u.Name).Distinct().Should().HaveCountGreaterThan(25);
        used.Where(u => !known.Contains(u.Name)).Select(u => $"{u.Where}: {u.Name}").Should().BeEmpty();
    }

    private static HashSet<string> ProvisionedUids()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "grafana", "provisioning", "datasources", "datasources.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root["datasources"]).Cast<YamlMappingNode>().Select(d => d["uid"].ToString())];
    }
}
