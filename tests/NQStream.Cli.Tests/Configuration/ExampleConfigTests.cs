using System.Text.RegularExpressions;
using FluentAssertions;
using NQStream.Cli.Configuration;
using NQStream.Cli.Configuration.Options.Engine;
using NQStream.Operators.Options;
using NQStream.Cli.Configuration.Options.Sources;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class ExampleConfigTests
{
    [Fact]
    public void Example_validates_for_base_and_all_four_profiles_through_the_cli()
    {
        ConfigFixture.EnsureApiKey();

        var (code, stdout, stderr) = ConfigFixture.Run("config", "validate", ConfigFixture.ExamplePath);

        stderr.Should().BeEmpty();
        code.Should().Be(0);
        stdout.Trim().Should().Be($"{ConfigFixture.ExamplePath}: valid (base, profile databento_only, profile barchart_only, profile all_sources, profile testing)");
    }

    [Theory]
    [InlineData("databento_only")]
    [InlineData("barchart_only")]
    [InlineData("all_sources")]
    [InlineData("testing")]
    public void Example_validates_for_each_profile_alone(string profile)
    {
        ConfigFixture.EnsureApiKey();

        var (code, stdout, stderr) = ConfigFixture.Run("config", "validate", ConfigFixture.ExamplePath, "--profile", profile);

        (code, stderr).Should().Be((0, string.Empty));
        stdout.Trim().Should().Be($"{ConfigFixture.ExamplePath}: valid (profile {profile})");
    }

    [Fact]
    public void Example_defines_exactly_the_four_profiles()
    {
        var results = ConfigLoader.LoadAll(ConfigFixture.ExamplePath, ConfigFixture.Env((ConfigFixture.ApiKeyVariable, "k")));

        results.Select(r => r.Profile).Should().Equal([null, .. ConfigFixture.Profiles]);
        results.Should().OnlyContain(r => r.IsValid);
    }

    [Fact]
    public void Example_without_the_databento_key_fails_only_where_databento_is_enabled()
    {
        var results = ConfigLoader.LoadAll(ConfigFixture.ExamplePath, ConfigFixture.Env());

        var failing = results.Where(r => !r.IsValid).Select(r => r.Profile ?? "base");
        failing.Should().Equal("base", "databento_only", "all_sources");
        results[0].Problems.Should().ContainSingle().Which.Should().Be(new ConfigProblem(
            "sources.databento.api_key",
            "unresolved environment variable DATABENTO_API_KEY",
            "DATABENTO_API_KEY to be set, or a default as ${DATABENTO_API_KEY:-value}",
            11, 14));
    }

    [Fact]
    public void Example_base_binds_the_documented_defaults()
    {
        var options = ConfigLoader.Load(ConfigFixture.ExamplePath, null, ConfigFixture.Env((ConfigFixture.ApiKeyVariable, "db-key"))).Options!;
        var defaults = new NQStream.Cli.Configuration.Options.NQStreamOptions();

        // The file spells out every default; binding it must give the same values as the initialisers.
        var withoutKeys = Regex.Replace(ConfigWriter.ToYaml(options), "(?m)^ *api_key: .*\n", string.Empty);
        withoutKeys.Should().Be(ConfigWriter.ToYaml(defaults));
        options.Sources.Databento.ApiKey.Should().Be("db-key");
        options.Operators.SizeFilter.MinPremiumUsd.Should().Be(100_000);
        options.Operators.Distance.MaxDistance.Should().Be(0.02);
        options.Operators.Emergency.Threshold.Should().Be(5000);
        options.Operators.Emergency.Window.Should().Be(TimeSpan.FromMinutes(5));
        options.Operators.Baseline.Thresholds.Should().BeEquivalentTo(new { Moderate = 4.0, High = 10.0, VeryHigh = 30.0, Extreme = 50.0 });
        options.Operators.Baseline.HistoryDays.Should().Be(20);
        options.Operators.ExpectedValue.Should().BeEquivalentTo(new { MinEv = 15.0, MinProbability = 0.60, MaxRisk = 150.0 });
        options.Operators.VolumeOiSpike.Should().BeEquivalentTo(new { Moderate = 10.0, High = 20.0, VeryHigh = 30.0, Extreme = 50.0, MinVolume = 500, MinDollarSize = 100_000.0 });
        options.Operators.PositioningRisk.Should().BeEquivalentTo(new { ImmediatePts = 10.0, NearTermPts = 25.0, MediumTermPts = 50.0, DistantWeight = 0.5, UpwardRatio = 2.0, DownwardRatio = 0.5, TopZones = 5 });
        options.Operators.Black76.IvMaxLastAge.Should().Be(TimeSpan.FromSeconds(60));
        options.Operators.Pressure.Windows.Should().Equal(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));
        options.Operators.Priority.ImmediateMinClass.Should().Be(RatioClass.VeryHigh);
        options.Sinks.Questdb.Config.Should().Be("http::addr=localhost:9000;auto_flush_rows=75000;auto_flush_interval=1000;");
    }

    [Fact]
    public void Example_profiles_bind_their_overrides()
    {
        var env = ConfigFixture.Env((ConfigFixture.ApiKeyVariable, "db-live"), ("NQSTREAM_TEST_DIR", "/tmp/x"));

        var databentoOnly = ConfigLoader.Load(ConfigFixture.ExamplePath, "databento_only", env).Options!;
        var barchartOnly = ConfigLoader.Load(ConfigFixture.ExamplePath, "barchart_only", env).Options!;
        var testing = ConfigLoader.Load(ConfigFixture.ExamplePath, "testing", env).Options!;

        databentoOnly.Sources.Barchart.Enabled.Should().BeFalse();
        databentoOnly.Sources.Registry.FailoverOrder.Should().Equal(SourceKind.Databento);
        barchartOnly.Sources.Databento.Enabled.Should().BeFalse();
        barchartOnly.Sources.Registry.FailoverOrder.Should().Equal(SourceKind.Barchart);
        barchartOnly.Budget.MonthlyLimitUsd.Should().Be(0);
        testing.Sources.Databento.ApiKey.Should().Be("db-localgatewaytestkey000000000");
        testing.Sources.Databento.Gateway.Host.Should().Be("127.0.0.1");
        testing.Sources.Databento.Dataset.Should().Be("GLBX.MDP3", "untouched keys come from the base");
        testing.Sources.Barchart.Mode.Should().Be(BarchartMode.Saved);
        testing.Engine.RingSize.Should().Be(1024);
        testing.Engine.WaitStrategy.Should().Be(WaitStrategy.Blocking);
        testing.Engine.AllowedLatenessLive.Should().Be(TimeSpan.Zero);
        testing.Sinks.Store.Path.Should().Be("/tmp/x/nqstream.db");
        testing.Sinks.Metrics.Enabled.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("databento_only")]
    [InlineData("barchart_only")]
    [InlineData("all_sources")]
    [InlineData("testing")]
    public void Show_output_reloads_to_the_same_configuration(string? profile)
    {
        ConfigFixture.EnsureApiKey();
        string[] args = profile is null
            ? ["config", "show", ConfigFixture.ExamplePath]
            : ["config", "show", ConfigFixture.ExamplePath, "--profile", profile];

        var (code, shown, stderr) = ConfigFixture.Run(args);
        (code, stderr).Should().Be((0, string.Empty));
        var body = shown[(shown.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var again = ConfigFixture.Run("config", "show", ConfigFixture.Write(body));

        again.Code.Should().Be(0);
        again.Out[(again.Out.IndexOf('\n', StringComparison.Ordinal) + 1)..].Should().Be(body);
    }
}
