using FluentAssertions;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_masks_api_keys_and_connection_string_credentials()
    {
        var path = ConfigFixture.Write("""
            sources:
              databento: { api_key: db-supersecretvalue }
              barchart: { api_key: bc-othersecret }
            sinks:
              questdb:
                enabled: true
                config: https::addr=db:9000;username=admin;password=hunter2;token=abc;
            """);

        var (code, stdout, stderr) = ConfigFixture.Run("config", "show", path);

        (code, stderr).Should().Be((0, string.Empty));
        stdout.Should().NotContain("supersecret").And.NotContain("othersecret").And.NotContain("hunter2").And.NotContain("abc;");
        stdout.Should().Contain("    api_key: '***'\n").And.Contain("config: https::addr=db:9000;username=admin;password=***;token=***;\n");
    }

    [Fact]
    public void Show_prints_the_merged_profile_with_durations_and_enums_in_file_syntax()
    {
        var path = ConfigFixture.Write("""
            sources:
              databento: { api_key: k }
            profiles:
              p:
                engine: { wait_strategy: busy_spin, allowed_lateness_live: 1500ms }
            """);

        var (code, stdout, _) = ConfigFixture.Run("config", "show", path, "--profile", "p");

        code.Should().Be(0);
        stdout.Should().StartWith($"# {path}, profile p, secrets masked\n");
        stdout.Should().Contain("  wait_strategy: busy_spin\n").And.Contain("  allowed_lateness_live: 1500ms\n")
            .And.Contain("    windows: [10s, 1min, 5min]\n").And.Contain("    delta_unit: x100\n");
    }

    [Fact]
    public void Show_of_an_invalid_file_lists_the_problems_and_exits_2()
    {
        var path = ConfigFixture.Write("engine: { ring_size: 12 }\n");

        var (code, stdout, stderr) = ConfigFixture.Run("config", "show", path);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{path}:1:1: sources.databento.api_key: missing required key (expected string)",
            $"{path}:1:22: engine.ring_size: not a power of two, got 12 (expected power of two in [2, 1073741824])",
            $"{path}: 2 problem(s)");
    }
}
