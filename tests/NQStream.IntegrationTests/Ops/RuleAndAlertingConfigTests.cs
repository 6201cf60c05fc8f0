using FluentAssertions;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>promtool and amtool over prometheus/ and alertmanager/ (docs/ops.md §7-8).</summary>
public sealed class RuleAndAlertingConfigTests
{
    private static readonly string PrometheusDir = Path.Combine(RepoPaths.Root, "prometheus");
    private static readonly string AlertmanagerFile = Path.Combine(RepoPaths.Root, "alertmanager", "alertmanager.yml");

    [PeerFact("promtool")]
    public async Task Prometheus_config_and_its_rule_files_pass_promtool_check_config()
    {
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["check", "config", "prometheus.yml"], workingDirectory: PrometheusDir);
        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("SUCCESS: 2 rule files found");
    }

    [PeerFact("promtool")]
    public async Task Rule_files_pass_promtool_check_rules()
    {
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["check", "rules", .. PromQlCatalog.RuleFiles]);
        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("SUCCESS: 11 rules found").And.Contain("SUCCESS: 8 rules found");
    }

    [PeerFact("promtool")]
    public async Task Rule_unit_tests_pass()
    {
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["test", "rules", "tests/nqstream_alerts_test.yml"], workingDirectory: PrometheusDir);
        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("SUCCESS");
    }

    [Fact]
    public void Every_alert_has_a_firing_and_a_not_firing_case()
    {
        string tests = File.ReadAllText(Path.Combine(PrometheusDir, "tests", "nqstream_alerts_test.yml"));
        var alerts = PromQlCatalog.FromRules().Where(r => r.Where.StartsWith("nqstream_alerts.yml:", StringComparison.Ordinal))
            .Select(r => r.Where.Split(':')[1]).ToList();
        alerts.Should().HaveCount(11);
        foreach (string alert in alerts)
        {
            // Firing: an alert_rule_test with expectations. Not firing: exp_alerts: [] at an earlier time,
            // or a second instance/feed/ring/operator in the same input that is not listed.
            tests.Should().Contain($"alertname: {alert}\n        exp_alerts:\n          - exp_labels:", $"{alert} needs a firing case");
        }
    }

    [PeerFact("promtool")]
    public async Task A_wrong_expectation_makes_promtool_test_rules_fail()
    {
        // Guards the harness: change the expected p99 and promtool must report it.
        string dir = RepoPaths.NewTempDir("nqstream-ruletest");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "tests"));
            Directory.CreateDirectory(Path.Combine(dir, "rules"));
            foreach (string file in PromQlCatalog.RuleFiles)
            {
                File.Copy(file, Path.Combine(dir, "rules", Path.GetFileName(file)));
            }

            string text = File.ReadAllText(Path.Combine(PrometheusDir, "tests", "nqstream_alerts_test.yml"));
            File.WriteAllText(Path.Combine(dir, "tests", "t.yml"), text.Replace("value: 0.248125", "value: 0.3", StringComparison.Ordinal));
            ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["test", "rules", "tests/t.yml"], workingDirectory: dir);
            result.ExitCode.Should().Be(1);
            result.Output.Should().Contain("2.48125E-01");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [PeerFact("amtool")]
    public async Task Alertmanager_config_passes_amtool_check_config()
    {
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("amtool"), ["check-config", AlertmanagerFile]);
        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("SUCCESS").And.Contain("3 receivers");
    }

    [PeerFact("amtool")]
    public async Task Every_severity_the_rules_use_routes_to_its_receiver()
    {
        string rules = string.Join('\n', PromQlCatalog.RuleFiles.Select(File.ReadAllText));
        rules.Should().Contain("severity: page").And.Contain("severity: warning");
        foreach ((string severity, string receiver) in new[] { ("page", "oncall"), ("warning", "ticket"), ("info", "default") })
        {
            ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("amtool"),
                ["config", "routes", "test", $"--config.file={AlertmanagerFile}", $"--verify.receivers={receiver}", $"severity={severity}"]);
            result.ExitCode.Should().Be(0, $"severity={severity} should route to {receiver}: {result.Output}");
        }

        ProcessResult wrong = await ProgramRunner.RunAsync(Peers.Require("amtool"),
            ["config", "routes", "test", $"--config.file={AlertmanagerFile}", "--verify.receivers=oncall", "severity=warning"]);
        wrong.ExitCode.Should().Be(1);
    }
}
