using FluentAssertions;
using NQStream.Operators.Decision;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Decision;

public sealed class PriorityTests
{
    private static readonly PriorityOptions Defaults = new();

    [Theory]
    [InlineData(true, RatioClass.None, false, false, null, SignalPriority.Immediate)]
    [InlineData(false, RatioClass.VeryHigh, true, true, 3.0, SignalPriority.Immediate)]
    [InlineData(false, RatioClass.Extreme, true, true, -3.5, SignalPriority.Immediate)]
    [InlineData(false, RatioClass.VeryHigh, true, true, 2.99, SignalPriority.High)]
    [InlineData(false, RatioClass.VeryHigh, true, false, 5.0, SignalPriority.High)]
    [InlineData(false, RatioClass.VeryHigh, true, true, null, SignalPriority.High)]
    [InlineData(false, RatioClass.High, true, true, 9.0, SignalPriority.High)]
    [InlineData(false, RatioClass.Extreme, false, true, 9.0, SignalPriority.Low)]
    [InlineData(false, RatioClass.Moderate, true, true, 9.0, SignalPriority.Medium)]
    [InlineData(false, RatioClass.None, true, false, null, SignalPriority.Medium)]
    [InlineData(false, RatioClass.None, false, false, null, SignalPriority.Low)]
    public void Rules_first_match_wins(bool emergency, RatioClass cls, bool institutional, bool within, double? z, SignalPriority expected)
    {
        Priority.Of(emergency, cls, institutional, within, z, Defaults).Should().Be(expected);
    }

    [Fact]
    public void Truth_table_of_80_cases_has_the_documented_counts()
    {
        // Hand count over 5 classes × institutional × within × (|z| ≥ 3) × emergency:
        // emergency: 40 IMMEDIATE. Non-emergency (40): not institutional → 20 LOW;
        // institutional (20): VERY_HIGH/EXTREME ∧ within ∧ |z|≥3 → 2 IMMEDIATE; remaining VERY_HIGH/EXTREME 6
        // plus HIGH 4 → 10 HIGH; NONE/MODERATE 8 → MEDIUM.
        var counts = new Dictionary<SignalPriority, int>();
        foreach (var cls in Enum.GetValues<RatioClass>())
        {
            foreach (var inst in new[] { false, true })
            {
                foreach (var within in new[] { false, true })
                {
                    foreach (var z in new[] { 1.0, 3.0 })
                    {
                        foreach (var emergency in new[] { false, true })
                        {
                            var p = Priority.Of(emergency, cls, inst, within, z, Defaults);
                            counts[p] = counts.GetValueOrDefault(p) + 1;
                        }
                    }
                }
            }
        }

        counts.Should().BeEquivalentTo(new Dictionary<SignalPriority, int>
        {
            [SignalPriority.Immediate] = 42,
            [SignalPriority.High] = 10,
            [SignalPriority.Medium] = 8,
            [SignalPriority.Low] = 20,
        });
    }

    [Fact]
    public void Configured_thresholds_are_used()
    {
        var strict = new PriorityOptions { ImmediateMinClass = RatioClass.Extreme, ImmediateMinAbsZ = 4, HighMinClass = RatioClass.VeryHigh };
        Priority.Of(false, RatioClass.VeryHigh, true, true, 5, strict).Should().Be(SignalPriority.High);
        Priority.Of(false, RatioClass.Extreme, true, true, 3.9, strict).Should().Be(SignalPriority.High);
        Priority.Of(false, RatioClass.Extreme, true, true, 4, strict).Should().Be(SignalPriority.Immediate);
        Priority.Of(false, RatioClass.High, true, true, 9, strict).Should().Be(SignalPriority.Medium);
    }
}
