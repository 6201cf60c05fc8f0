using FluentAssertions;
using NQStream.Core.Configuration.Schema;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

public sealed class SchemaPrimitivesTests
{
    [Theory]
    [InlineData("RingSize", "ring_size")]
    [InlineData("TMinGreeks", "t_min_greeks")]
    [InlineData("X100", "x100")]
    [InlineData("Black76", "black76")]
    [InlineData("ImmediateMinAbsZ", "immediate_min_abs_z")]
    [InlineData("LongCallsShortPuts", "long_calls_short_puts")]
    public void Snake_case_keys(string pascal, string snake) => SnakeCase.From(pascal).Should().Be(snake);

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("200ms", 2_000_000L)]
    [InlineData("10s", 100_000_000L)]
    [InlineData("1.5min", 900_000_000L)]
    [InlineData("1h", 36_000_000_000L)]
    [InlineData("2d", 1_728_000_000_000L)]
    [InlineData("0.5ms", 5_000L)]
    public void Durations_parse(string text, long ticks)
    {
        Duration.TryParse(text, out var value).Should().BeTrue();
        value.Ticks.Should().Be(ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("-1s")]
    [InlineData("10 parsecs")]
    [InlineData("1.00000001ms")]
    [InlineData("s")]
    public void Bad_durations_are_rejected(string text) => Duration.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(3_000_000_000L, "5min")]
    [InlineData(2_000_000L, "200ms")]
    [InlineData(36_000_000_000L, "1h")]
    [InlineData(5_000L, "0.5ms")]
    [InlineData(600_000_000L, "1min")]
    public void Durations_format_in_the_largest_exact_unit(long ticks, string text) =>
        Duration.Format(TimeSpan.FromTicks(ticks)).Should().Be(text);
}
