using FluentAssertions;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class ProblemReportingTests
{
    private const string Key = "sources:\n  databento:\n    api_key: k\n";

    [Theory]
    // unknown key, with and without a suggestion
    [InlineData(Key + "engine:\n  rign_size: 1024\n", 5, 3,
        "engine.rign_size: unknown key, did you mean 'ring_size'? (expected one of: ring_size, wait_strategy, time_source, allowed_lateness_replay, allowed_lateness_live, error_policy)")]
    [InlineData(Key + "colour: blue\n", 4, 1,
        "colour: unknown key (expected one of: sources, engine, operators, sinks, budget)")]
    // wrong type
    [InlineData(Key + "engine:\n  ring_size: abc\n", 5, 14, "engine.ring_size: wrong type, got 'abc' (expected power of two)")]
    [InlineData(Key + "operators:\n  baseline:\n    history_days: 2.5\n", 6, 19, "operators.baseline.history_days: wrong type, got '2.5' (expected integer)")]
    [InlineData(Key + "operators:\n  distance:\n    max_distance: two\n", 6, 19, "operators.distance.max_distance: wrong type, got 'two' (expected number)")]
    [InlineData(Key + "operators:\n  vpin:\n    reset_daily: yes\n", 6, 18, "operators.vpin.reset_daily: wrong type, got 'yes' (expected boolean (true or false))")]
    [InlineData(Key + "engine: [1, 2]\n", 4, 9, "engine: wrong type, got a list (expected mapping)")]
    [InlineData(Key + "operators:\n  pressure:\n    windows: 10s\n", 6, 14, "operators.pressure.windows: wrong type, got '10s' (expected list of durations such as 200ms, 10s, 5min, 1h)")]
    [InlineData(Key + "engine:\n  ring_size: { a: 1 }\n", 5, 14, "engine.ring_size: wrong type, got a mapping (expected power of two)")]
    // enum and duration values
    [InlineData(Key + "engine:\n  wait_strategy: spin\n", 5, 18, "engine.wait_strategy: invalid value 'spin' (expected one of: busy_spin, yielding, sleeping, blocking)")]
    [InlineData(Key + "operators:\n  kyle:\n    bin: 10 sec\n", 6, 10, "operators.kyle.bin: invalid value '10 sec' (expected duration such as 200ms, 10s, 5min, 1h)")]
    [InlineData(Key + "  registry:\n    failover_order: [databento, bing]\n", 5, 33, "sources.registry.failover_order[1]: invalid value 'bing' (expected one of: databento, barchart)")]
    // ranges
    [InlineData(Key + "    gateway:\n      port: 70000\n", 5, 13, "sources.databento.gateway.port: out of range, got 70000 (expected integer in [1, 65535])")]
    [InlineData(Key + "engine:\n  ring_size: 1000\n", 5, 14, "engine.ring_size: not a power of two, got 1000 (expected power of two in [2, 1073741824])")]
    [InlineData(Key + "engine:\n  ring_size: 0\n", 5, 14, "engine.ring_size: out of range, got 0 (expected power of two in [2, 1073741824])")]
    [InlineData(Key + "operators:\n  emergency:\n    rearm_ratio: 1\n", 6, 18, "operators.emergency.rearm_ratio: out of range, got 1 (expected number in (0, 1))")]
    [InlineData(Key + "operators:\n  distance:\n    max_distance: 0\n", 6, 19, "operators.distance.max_distance: out of range, got 0 (expected number in (0, 1])")]
    [InlineData(Key + "engine:\n  allowed_lateness_live: 2h\n", 5, 26, "engine.allowed_lateness_live: out of range, got 2h (expected duration in [0s, 1h])")]
    [InlineData(Key + "operators:\n  pressure:\n    windows: []\n", 6, 14, "operators.pressure.windows: too few items, got 0 (expected at least 1 item(s))")]
    [InlineData(Key + "    dataset: glbx\n", 4, 14, "sources.databento.dataset: invalid value 'glbx' (expected dataset code such as GLBX.MDP3)")]
    // required
    [InlineData("engine:\n  ring_size: 1024\n", 1, 1, "sources.databento.api_key: missing required key (expected string)")]
    [InlineData("sources:\n  databento:\n    api_key: '  '\n", 3, 14, "sources.databento.api_key: empty value for a required key (expected string)")]
    [InlineData("sources:\n  databento:\n    api_key: ~\n", 3, 5, "sources.databento.api_key: missing required key (expected string)")]
    // environment
    [InlineData("sources:\n  databento:\n    api_key: ${NQS_UNSET_VAR}\n", 3, 14,
        "sources.databento.api_key: unresolved environment variable NQS_UNSET_VAR (expected NQS_UNSET_VAR to be set, or a default as ${NQS_UNSET_VAR:-value})")]
    [InlineData(Key + "engine:\n  ring_size: ${BROKEN\n", 5, 14, "engine.ring_size: malformed environment reference in '${BROKEN' (expected ${NAME} or ${NAME:-default})")]
    // cross-key rules
    [InlineData(Key + "operators:\n  baseline:\n    min_history_days: 30\n", 6, 23, "operators.baseline.min_history_days: got 30, above history_days 20 (expected min_history_days <= history_days)")]
    [InlineData(Key + "operators:\n  mm_score:\n    taker_weights: { premium: 0.5 }\n", 6, 20, "operators.mm_score.taker_weights: weights sum to 1.1 (expected weights summing to 1)")]
    [InlineData(Key + "operators:\n  baseline:\n    thresholds: { high: 60 }\n", 6, 17, "operators.baseline.thresholds.very_high: got 30, not above high 60 (expected moderate < high < very_high < extreme)")]
    [InlineData(Key + "  barchart:\n    enabled: false\n  registry:\n    failover_order: [barchart]\n", 7, 5, "sources.registry.failover_order: no enabled source in the failover order (expected at least one source whose enabled is true)")]
    [InlineData(Key + "  registry:\n    failover_order: [barchart, barchart]\n", 5, 21, "sources.registry.failover_order: source 'barchart' listed twice (expected each source at most once)")]
    public void Each_problem_kind_is_reported_with_its_path_message_and_position(string yaml, int line, int column, string expected)
    {
        var result = ConfigFixture.LoadYaml(yaml);

        result.IsValid.Should().BeFalse();
        result.Options.Should().BeNull();
        result.Problems.Should().ContainSingle();
        result.Problems[0].ToString().Should().Be(expected);
        (result.Problems[0].Line, result.Problems[0].Column).Should().Be((line, column));
    }

    [Fact]
    public void Secrets_are_not_repeated_in_messages()
    {
        var result = ConfigFixture.LoadYaml(Key + "sinks:\n  questdb:\n    config: htp::addr=db:9000;password=hunter2;\n");

        result.Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("sinks.questdb.config: invalid value 'htp::addr=db:9000;password=***;' (expected ILP configuration string such as http::addr=localhost:9000;)");
    }

    [Fact]
    public void All_problems_are_reported_in_file_order_not_just_the_first()
    {
        const string yaml = """
            sources:
              databento:
                api_key: ${NQS_MISSING_A}
                gateway: { port: 0 }
            engine:
              ring_size: 100
              wait_strategy: fast
              colour: red
            operators:
              accuracy: { min_n: many }
            budget:
              warn_fraction: 2
            """;

        var problems = ConfigFixture.LoadYaml(yaml).Problems.Select(p => $"{p.Line}:{p.Column} {p}");

        problems.Should().Equal(
            "3:14 sources.databento.api_key: unresolved environment variable NQS_MISSING_A (expected NQS_MISSING_A to be set, or a default as ${NQS_MISSING_A:-value})",
            "4:22 sources.databento.gateway.port: out of range, got 0 (expected integer in [1, 65535])",
            "6:14 engine.ring_size: not a power of two, got 100 (expected power of two in [2, 1073741824])",
            "7:18 engine.wait_strategy: invalid value 'fast' (expected one of: busy_spin, yielding, sleeping, blocking)",
            "8:3 engine.colour: unknown key (expected one of: ring_size, wait_strategy, time_source, allowed_lateness_replay, allowed_lateness_live, error_policy)",
            "10:22 operators.accuracy.min_n: wrong type, got 'many' (expected integer)",
            "12:18 budget.warn_fraction: out of range, got 2 (expected number in (0, 1])");
    }

    [Fact]
    public void Validate_exits_2_and_prints_every_problem_with_file_line_and_column()
    {
        var path = ConfigFixture.Write("sources:\n  databento:\n    api_key: k\nengine:\n  ring_size: 3\n  error_policy: ignore\n");

        var (code, stdout, stderr) = ConfigFixture.Run("config", "validate", path);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{path}:5:14: engine.ring_size: not a power of two, got 3 (expected power of two in [2, 1073741824])",
            $"{path}:6:17: engine.error_policy: invalid value 'ignore' (expected one of: skip, halt)",
            $"{path}: 2 problem(s)");
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_line_and_column()
    {
        var path = ConfigFixture.Write("sources:\n  databento:\n    api_key: 'unterminated\n");

        var (code, _, stderr) = ConfigFixture.Run("config", "validate", path);

        code.Should().Be(2);
        stderr.Should().StartWith($"{path}:3:14: syntax error: While scanning a quoted scalar, found unexpected end of stream (expected valid YAML)");
    }

    [Fact]
    public void Json_syntax_error_is_reported_with_line_and_column()
    {
        var result = ConfigLoader(("{\n  \"engine\": {\n    \"ring_size\": 1024,,\n  }\n}\n", ".json"));

        result.Problems.Should().ContainSingle();
        var problem = result.Problems[0];
        (problem.Path, problem.Expected, problem.Line, problem.Column).Should().Be((string.Empty, "valid JSON", 3, 23));
        problem.Problem.Should().StartWith("syntax error: ");
    }

    [Fact]
    public void Unsupported_extension_and_non_mapping_document_are_problems()
    {
        ConfigLoader(("a: 1", ".txt")).Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("unsupported file extension '.txt' (expected .yaml, .yml or .json)");
        ConfigLoader(("- 1\n- 2\n", ".yaml")).Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("wrong type, the document is a list (expected a mapping at the top level)");
    }

    [Fact]
    public void Missing_file_is_a_one_line_bad_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "nqstream-no-such-" + Guid.NewGuid().ToString("N") + ".yaml");

        var (code, _, stderr) = ConfigFixture.Run("config", "validate", path);

        code.Should().Be(2);
        stderr.Trim().Should().StartWith("nqstream: ").And.Contain(path).And.NotContain("\n");
    }

    private static NQStream.Cli.Configuration.ConfigLoadResult ConfigLoader((string Text, string Extension) file) =>
        NQStream.Cli.Configuration.ConfigLoader.Load(ConfigFixture.Write(file.Text, file.Extension), null, ConfigFixture.Env());
}
