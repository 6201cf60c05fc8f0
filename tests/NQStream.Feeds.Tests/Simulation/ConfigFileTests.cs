using FluentAssertions;
using NQStream.Feeds.Simulation;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

public sealed class ConfigFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "nqsim-cfg-" + Guid.NewGuid().ToString("N") + ".yaml");

    [Fact]
    public void Yaml_and_json_sections_set_typed_options()
    {
        File.WriteAllText(_path, "other: 1\nsimulation:\n  strike_band: 0.02\n  sweeps_per_day: 7\n  holidays: [2026-11-26]\n  start_date: 2026-11-09\n");
        var o = new SimulationOptions();
        SimulationConfigFile.Apply(_path, o);
        o.StrikeBand.Should().Be(0.02);
        o.SweepsPerDay.Should().Be(7);
        o.Holidays.Should().Equal(new DateOnly(2026, 11, 26));
        o.StartDate.Should().Be(new DateOnly(2026, 11, 9));

        File.WriteAllText(_path, "{\"simulation\": {\"informed_share\": 0.25, \"events_per_day\": 5000}}");
        SimulationConfigFile.Apply(_path, o);
        o.InformedShare.Should().Be(0.25);
        o.EventsPerDay.Should().Be(5000);
    }

    [Fact]
    public void Unknown_keys_and_bad_values_name_the_file_line_and_key()
    {
        File.WriteAllText(_path, "simulation:\n  strike_band: 0.02\n  sweeps_per_dya: 7\n");
        var act = () => SimulationConfigFile.Apply(_path, new SimulationOptions());
        act.Should().Throw<FormatException>().WithMessage($"{_path}:3: simulation.sweeps_per_dya: unknown key*");

        File.WriteAllText(_path, "simulation:\n  strike_band: wide\n");
        act.Should().Throw<FormatException>().WithMessage($"{_path}:2: simulation.strike_band: 'wide' is not a number");

        File.WriteAllText(_path, "engine: {}\n");
        act.Should().Throw<FormatException>().WithMessage($"{_path}: no 'simulation:' section*");
    }

    [Fact]
    public void Validation_names_each_bad_key()
    {
        var o = new SimulationOptions { Days = 0, StrikeBand = 2, QuietDeltaCap = 6000 };
        o.Validate().Should().BeEquivalentTo(["days: expected 1..1000", "strike_band: expected 0.002..0.5", "quiet_delta_cap: expected in (0, emergency_delta)"]);
        var act = () => new Simulator(o);
        act.Should().Throw<ArgumentException>().WithMessage("invalid simulation options: days: expected 1..1000*");
    }

    public void Dispose() => File.Delete(_path);
}
