using FluentAssertions;
using NQStream.TestSupport;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NQStream.IntegrationTests.Ops;

/// <summary>docker-compose.yml: valid for Debian's docker-compose and consistent with the files it mounts.</summary>
public sealed class DeploymentTests
{
    private static readonly string ComposeFile = Path.Combine(RepoPaths.Root, "docker-compose.yml");

    [PeerFact("docker-compose")]
    public async Task Compose_file_passes_docker_compose_config()
    {
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("docker-compose"), ["-f", ComposeFile, "config", "--services"]);
        result.ExitCode.Should().Be(0, result.Output);
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should()
            .BeEquivalentTo("questdb", "engine", "prometheus", "alertmanager", "grafana");
    }

    [Fact]
    public void Every_bind_mount_and_the_engine_build_point_at_files_in_the_repository()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(ComposeFile))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var mounts = new List<string>();
        foreach (var service in services.Children.Values.Cast<YamlMappingNode>())
        {
            if (service.Children.TryGetValue("volumes", out YamlNode? volumes))
            {
                mounts.AddRange(((YamlSequenceNode)volumes).Select(v => v.ToString().Split(':')[0]).Where(s => s.StartsWith("./", StringComparison.Ordinal)));
            }
        }

        mounts.Should().Contain(["./prometheus/prometheus.yml", "./prometheus/rules", "./alertmanager/alertmanager.yml", "./grafana/provisioning", "./grafana/dashboards"]);
        foreach (string mount in mounts)
        {
            string path = Path.Combine(RepoPaths.Root, mount[2..]);
            (File.Exists(path) || Directory.Exists(path)).Should().BeTrue($"{mount} is mounted by docker-compose.yml");
        }

        File.Exists(Path.Combine(RepoPaths.Root, "Dockerfile")).Should().BeTrue();
        string provider = File.ReadAllText(Path.Combine(RepoPaths.Root, "grafana", "provisioning", "dashboards", "dashboards.yaml"));
        provider.Should().Contain("path: /var/lib/grafana/dashboards");
        File.ReadAllText(ComposeFile).Should().Contain("./grafana/dashboards:/var/lib/grafana/dashboards");
    }
}
