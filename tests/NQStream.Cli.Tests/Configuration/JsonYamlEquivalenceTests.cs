using FluentAssertions;
using NQStream.Cli.Configuration;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class JsonYamlEquivalenceTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("databento_only")]
    [InlineData("barchart_only")]
    [InlineData("all_sources")]
    [InlineData("testing")]
    public void Example_as_json_binds_to_the_same_configuration(string? profile)
    {
        var env = ConfigFixture.Env((ConfigFixture.ApiKeyVariable, "db-key"));
        var json = ConfigFixture.YamlToJson(File.ReadAllText(ConfigFixture.ExamplePath));
        var jsonPath = ConfigFixture.Write(json, ".json");

        var fromYaml = ConfigLoader.Load(ConfigFixture.ExamplePath, profile, env);
        var fromJson = ConfigLoader.Load(jsonPath, profile, env);

        json.Should().Contain("\"ring_size\": 65536").And.Contain("\"enabled\": true");
        fromJson.Problems.Should().BeEmpty();
        ConfigWriter.ToYaml(fromJson.Options!).Should().Be(ConfigWriter.ToYaml(fromYaml.Options!));
    }

    [Fact]
    public void Json_problems_carry_the_same_paths_and_messages_with_json_positions()
    {
        const string json = """
            {
              // comments and trailing commas are accepted
              "sources": { "databento": { "api_key": "k" } },
              "engine": { "ring_size": "abc", "wait_strategy": "spin", },
              "operators": { "pressure": { "windows": ["10s", 5] } },
              "engine2": 1
            }
            """;

        var problems = ConfigLoader.Load(ConfigFixture.Write(json, ".json"), null, ConfigFixture.Env()).Problems;

        problems.Select(p => $"{p.Line}:{p.Column} {p}").Should().Equal(
            "4:28 engine.ring_size: wrong type, got 'abc' (expected power of two)",
            "4:52 engine.wait_strategy: invalid value 'spin' (expected one of: busy_spin, yielding, sleeping, blocking)",
            "5:51 operators.pressure.windows[1]: invalid value '5' (expected duration such as 200ms, 10s, 5min, 1h)",
            "6:3 engine2: unknown key, did you mean 'engine'? (expected one of: sources, engine, operators, sinks, budget)");
    }

    [Fact]
    public void Json_duplicate_key_is_a_problem()
    {
        var problems = ConfigLoader.Load(ConfigFixture.Write("{\"sources\": {\"databento\": {\"api_key\": \"a\", \"api_key\": \"b\"}}}", ".json"), null, ConfigFixture.Env()).Problems;

        problems.Should().ContainSingle().Which.ToString().Should().Be("sources.databento.api_key: duplicate key (expected each key once per mapping)");
    }
}
