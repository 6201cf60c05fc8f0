using FluentAssertions;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// alertmanager/render-config.sh (docker-compose's entrypoint for Alertmanager, which cannot read environment
/// variables itself) puts the webhook URLs from the environment into alertmanager.yml; the result must still pass
/// <c>amtool check-config</c>.
/// </summary>
public sealed class AlertmanagerWebhookTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "alertmanager", "render-config.sh");
    private static readonly string Config = Path.Combine(RepoPaths.Root, "alertmanager", "alertmanager.yml");

    [PeerFact("amtool")]
    public async Task Webhook_urls_come_from_the_environment_and_the_rendered_file_passes_amtool()
    {
        string dir = RepoPaths.NewTempDir("nqstream-am");
        try
        {
            string rendered = Path.Combine(dir, "alertmanager.yml");
            var env = new Dictionary<string, string>
            {
                ["ALERT_WEBHOOK_DEFAULT_URL"] = "http://bridge:8080/all",
                ["ALERT_WEBHOOK_PAGE_URL"] = "https://pager.example.org/hook?team=nq&key=a1",
                ["ALERT_WEBHOOK_TICKET_URL"] = "http://tickets.internal/nq",
            };
            ProcessResult render = await ProgramRunner.RunAsync("/bin/sh", [Script, "--render", Config, rendered], environment: env);
            render.ExitCode.Should().Be(0, render.Output);

            string text = await File.ReadAllTextAsync(rendered);
            text.Should().Contain("- url: 'http://bridge:8080/all'\n")
                .And.Contain("- url: 'https://pager.example.org/hook?team=nq&key=a1'\n")
                .And.Contain("- url: 'http://tickets.internal/nq'\n")
                .And.NotContain("url: 'http://alert-webhook:5001");
            ProcessResult check = await ProgramRunner.RunAsync(Peers.Require("amtool"), ["check-config", rendered]);
            check.ExitCode.Should().Be(0, check.Output);
            check.Output.Should().Contain("SUCCESS").And.Contain("3 receivers");

            ProcessResult route = await ProgramRunner.RunAsync(Peers.Require("amtool"),
                ["config", "routes", "test", $"--config.file={rendered}", "--verify.receivers=oncall", "severity=page"]);
            route.ExitCode.Should().Be(0, route.Output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Unset_variables_keep_the_placeholders_and_a_quote_is_refused()
    {
        string dir = RepoPaths.NewTempDir("nqstream-am");
        try
        {
            string rendered = Path.Combine(dir, "alertmanager.yml");
            var empty = new Dictionary<string, string> { ["ALERT_WEBHOOK_DEFAULT_URL"] = "", ["ALERT_WEBHOOK_PAGE_URL"] = "", ["ALERT_WEBHOOK_TICKET_URL"] = "" };
            (await ProgramRunner.RunAsync("/bin/sh", [Script, "--render", Config, rendered], environment: empty)).ExitCode.Should().Be(0);
            (await File.ReadAllTextAsync(rendered)).Should().Be(await File.ReadAllTextAsync(Config));

            ProcessResult bad = await ProgramRunner.RunAsync("/bin/sh", [Script, "--render", Config, rendered],
                environment: new Dictionary<string, string> { ["ALERT_WEBHOOK_PAGE_URL"] = "http://x/'y" });
            bad.ExitCode.Should().Be(2);
            bad.Stderr.Should().Be("render-config.sh: webhook URL must not contain a quote or a backslash: http://x/'y\n");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compose_starts_alertmanager_through_the_script_and_passes_the_variables()
    {
        string compose = File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        compose.Should().Contain("entrypoint: [\"/bin/sh\", \"/etc/alertmanager/render-config.sh\"]")
            .And.Contain("./alertmanager/render-config.sh:/etc/alertmanager/render-config.sh:ro");
        foreach (string name in new[] { "ALERT_WEBHOOK_DEFAULT_URL", "ALERT_WEBHOOK_PAGE_URL", "ALERT_WEBHOOK_TICKET_URL" })
        {
            compose.Should().Contain($"{name}: ${{{name}:-}}");
            File.ReadAllText(Script).Should().Contain(name);
        }
    }
}
