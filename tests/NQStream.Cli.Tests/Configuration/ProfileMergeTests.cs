using FluentAssertions;
using NQStream.Cli.Configuration.Options.Engine;
using NQStream.Cli.Configuration.Options.Sources;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class ProfileMergeTests
{
    private const string Base = """
        sources:
          databento:
            api_key: k
            gateway: { host: live.example, port: 13000 }
            symbols: [NQ.FUT, NQ.OPT]
        engine:
          ring_size: 4096
          wait_strategy: busy_spin
        profiles:
          small:
            sources:
              databento:
                gateway: { port: 14000 }
                symbols: [NQ.FUT]
            engine:
              wait_strategy: null
          empty:
        """;

    [Fact]
    public void Mappings_merge_key_by_key_lists_replace_and_null_restores_the_default()
    {
        var options = ConfigFixture.LoadYaml(Base, "small").Options!;

        options.Sources.Databento.Gateway.Host.Should().Be("live.example", "a sibling key of an overridden one stays");
        options.Sources.Databento.Gateway.Port.Should().Be(14000);
        options.Sources.Databento.Symbols.Should().Equal("NQ.FUT");
        options.Engine.RingSize.Should().Be(4096);
        options.Engine.WaitStrategy.Should().Be(WaitStrategy.Yielding, "null removes the base value, so the default applies");
    }

    [Fact]
    public void Base_alone_and_an_empty_profile_are_the_base()
    {
        var baseOnly = ConfigFixture.LoadYaml(Base).Options!;
        var empty = ConfigFixture.LoadYaml(Base, "empty").Options!;

        baseOnly.Engine.WaitStrategy.Should().Be(WaitStrategy.BusySpin);
        baseOnly.Sources.Databento.Gateway.Port.Should().Be(13000);
        empty.Engine.WaitStrategy.Should().Be(WaitStrategy.BusySpin);
        empty.Sources.Databento.Symbols.Should().Equal("NQ.FUT", "NQ.OPT");
    }

    [Fact]
    public void Profile_can_switch_a_source_off_and_reorder_failover()
    {
        const string yaml = """
            sources:
              databento: { api_key: k }
            profiles:
              bc:
                sources:
                  databento: { enabled: false }
                  registry: { failover_order: [barchart] }
            """;

        var options = ConfigFixture.LoadYaml(yaml, "bc").Options!;

        options.Sources.Databento.Enabled.Should().BeFalse();
        options.Sources.IsEnabled(SourceKind.Barchart).Should().BeTrue();
        options.Sources.Registry.FailoverOrder.Should().Equal(SourceKind.Barchart);
    }

    [Fact]
    public void Problem_in_a_profile_names_the_profile_path()
    {
        const string yaml = "sources:\n  databento: { api_key: k }\nprofiles:\n  fast:\n    engine:\n      ring_size: 1000\n      spin: true\n";

        ConfigFixture.LoadYaml(yaml, "fast").Problems.Select(p => p.ToString()).Should().Equal(
            "profiles.fast.engine.ring_size: not a power of two, got 1000 (expected power of two in [2, 1073741824])",
            "profiles.fast.engine.spin: unknown key (expected one of: ring_size, wait_strategy, time_source, allowed_lateness_replay, allowed_lateness_live, error_policy)");
        ConfigFixture.LoadYaml(yaml).Problems.Should().BeEmpty("the base alone does not use the profile");
    }

    [Fact]
    public void Rules_see_the_merged_values()
    {
        const string yaml = "sources:\n  databento: { api_key: k }\noperators:\n  baseline: { history_days: 12 }\nprofiles:\n  p:\n    operators:\n      baseline: { min_history_days: 15 }\n";

        ConfigFixture.LoadYaml(yaml).Problems.Should().BeEmpty();
        ConfigFixture.LoadYaml(yaml, "p").Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("operators.baseline.min_history_days: got 15, above history_days 12 (expected min_history_days <= history_days)");
    }

    [Fact]
    public void Unknown_profile_suggests_the_closest_name()
    {
        var problem = ConfigFixture.LoadYaml(Base, "smal").Problems.Should().ContainSingle().Subject;

        problem.ToString().Should().Be("profiles: profile 'smal' is not defined, did you mean 'small'? (expected one of: small, empty)");
    }

    [Fact]
    public void Invalid_profiles_section_is_reported()
    {
        ConfigFixture.LoadYaml("sources:\n  databento: { api_key: k }\nprofiles: [a]\n").Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("profiles: wrong type, got a list (expected mapping of profile name to overrides)");
        ConfigFixture.LoadYaml("sources:\n  databento: { api_key: k }\nprofiles:\n  p: 3\n").Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("profiles.p: wrong type, got '3' (expected mapping of overrides)");
    }

    [Fact]
    public void Validate_without_profile_marks_problems_that_affect_only_some_profiles()
    {
        var path = ConfigFixture.Write("sources:\n  databento: { api_key: k }\nprofiles:\n  ok: {}\n  bad:\n    engine: { ring_size: 6 }\n");

        var (code, _, stderr) = ConfigFixture.Run("config", "validate", path);

        code.Should().Be(2);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{path}:6:26: profiles.bad.engine.ring_size: not a power of two, got 6 (expected power of two in [2, 1073741824]) [profile bad]",
            $"{path}: 1 problem(s)");
    }

    [Fact]
    public void Explicit_null_keeps_the_default()
    {
        var options = ConfigFixture.LoadYaml("sources:\n  databento: { api_key: k }\nsinks:\n  store:\n    path: ~\n").Options!;

        options.Sinks.Store.Path.Should().Be("data/nqstream.db");
    }
}
