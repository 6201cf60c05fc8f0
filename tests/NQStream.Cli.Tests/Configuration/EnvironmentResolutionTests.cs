using FluentAssertions;
using NQStream.Cli.Configuration;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class EnvironmentResolutionTests
{
    [Fact]
    public void Set_variable_is_substituted()
    {
        var result = ConfigFixture.LoadYaml("sources:\n  databento:\n    api_key: ${DB_KEY}\n", env: ConfigFixture.Env(("DB_KEY", "db-secret")));

        result.Problems.Should().BeEmpty();
        result.Options!.Sources.Databento.ApiKey.Should().Be("db-secret");
    }

    [Fact]
    public void Unset_variable_names_the_variable_and_the_key()
    {
        var result = ConfigFixture.LoadYaml("sources:\n  databento:\n    api_key: ${DB_KEY}\n");

        result.Problems.Should().ContainSingle().Which.Should().Be(new ConfigProblem(
            "sources.databento.api_key", "unresolved environment variable DB_KEY", "DB_KEY to be set, or a default as ${DB_KEY:-value}", 3, 14));
    }

    [Fact]
    public void Default_applies_only_when_the_variable_is_unset()
    {
        const string yaml = "sources:\n  databento:\n    api_key: k\n    gateway:\n      host: ${GW_HOST:-127.0.0.1}\n";

        ConfigFixture.LoadYaml(yaml).Options!.Sources.Databento.Gateway.Host.Should().Be("127.0.0.1");
        ConfigFixture.LoadYaml(yaml, env: ConfigFixture.Env(("GW_HOST", "gw.example")))
            .Options!.Sources.Databento.Gateway.Host.Should().Be("gw.example");
        ConfigFixture.LoadYaml(yaml, env: ConfigFixture.Env(("GW_HOST", string.Empty)))
            .Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("sources.databento.gateway.host: empty value for a required key (expected string)", "a variable set to empty counts as set");
    }

    [Fact]
    public void Resolved_text_is_typed_by_the_schema()
    {
        const string yaml = "sources:\n  databento:\n    api_key: k\n    gateway:\n      port: ${GW_PORT}\n";

        ConfigFixture.LoadYaml(yaml, env: ConfigFixture.Env(("GW_PORT", "13001")))
            .Options!.Sources.Databento.Gateway.Port.Should().Be(13001);
        ConfigFixture.LoadYaml(yaml, env: ConfigFixture.Env(("GW_PORT", "http")))
            .Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("sources.databento.gateway.port: wrong type, got 'http' (expected integer)");
    }

    [Fact]
    public void Several_references_in_one_value_and_the_escape()
    {
        const string yaml = "sources:\n  databento:\n    api_key: k\nsinks:\n  questdb:\n    enabled: true\n    config: http::addr=${QDB_HOST}:${QDB_PORT};username=$${literal};\n";

        var options = ConfigFixture.LoadYaml(yaml, env: ConfigFixture.Env(("QDB_HOST", "db"), ("QDB_PORT", "9000"))).Options!;
        options.Sinks.Questdb.Config.Should().Be("http::addr=db:9000;username=${literal};");

        ConfigFixture.LoadYaml(yaml).Problems.Select(p => p.Problem).Should().Equal(
            "unresolved environment variable QDB_HOST", "unresolved environment variable QDB_PORT");
    }

    [Fact]
    public void Disabled_section_does_not_need_its_variables_or_required_keys()
    {
        const string yaml = "sources:\n  databento:\n    enabled: false\n    api_key: ${DB_KEY}\n";

        var result = ConfigFixture.LoadYaml(yaml);

        result.Problems.Should().BeEmpty();
        result.Options!.Sources.Databento.ApiKey.Should().BeNull();
        ConfigFixture.LoadYaml("sources:\n  databento:\n    enabled: false\n").Problems.Should().BeEmpty();
    }

    [Fact]
    public void Disabled_section_still_checks_what_is_written()
    {
        const string yaml = "sources:\n  databento:\n    enabled: false\n    gateway: { port: -1 }\n    colour: red\n";

        ConfigFixture.LoadYaml(yaml).Problems.Select(p => p.ToString()).Should().Equal(
            "sources.databento.gateway.port: out of range, got -1 (expected integer in [1, 65535])",
            "sources.databento.colour: unknown key (expected one of: enabled, api_key, dataset, gateway, schemas, stype_in, symbols)");
    }

    [Fact]
    public void Cli_reads_the_process_environment()
    {
        var name = "NQS_TEST_" + Guid.NewGuid().ToString("N");
        var path = ConfigFixture.Write($"sources:\n  databento:\n    api_key: ${{{name}}}\n");

        var unset = ConfigFixture.Run("config", "validate", path, "--profile", "none_defined");
        unset.Code.Should().Be(2);
        unset.Err.Should().Contain("profiles: profile 'none_defined' is not defined (expected a profiles section defining it)");

        ConfigFixture.Run("config", "validate", path).Err.Should().Contain($"unresolved environment variable {name}");
        Environment.SetEnvironmentVariable(name, "db-from-env");
        try
        {
            var set = ConfigFixture.Run("config", "validate", path);
            (set.Code, set.Err).Should().Be((0, string.Empty));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
