using FluentAssertions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class RatioMathTests
{
    private static readonly CellBaseline Median20 = new(20, Math.Log(21), 0.5, 20);

    [Theory]
    [InlineData(79, 3.95, RatioClass.None)]
    [InlineData(80, 4.0, RatioClass.Moderate)]
    [InlineData(199, 9.95, RatioClass.Moderate)]
    [InlineData(200, 10.0, RatioClass.High)]
    [InlineData(599, 29.95, RatioClass.High)]
    [InlineData(600, 30.0, RatioClass.VeryHigh)]
    [InlineData(999, 49.95, RatioClass.VeryHigh)]
    [InlineData(1000, 50.0, RatioClass.Extreme)]
    public void Classes_switch_exactly_at_each_threshold(long v, double ratio, RatioClass expected)
    {
        var r = RatioMath.Evaluate(Cell31, v, in Median20, Opts(minHistoryDays: 10));
        r.Ratio.Should().BeApproximately(ratio, 1e-12);
        r.Class.Should().Be(expected);
        r.Warmup.Should().BeFalse();
        r.ZRob.Should().BeApproximately((Math.Log(1 + v) - Math.Log(21)) / (1.4826 * 0.5), 1e-12);
    }

    [Theory]
    [InlineData(49, RatioClass.None)]
    [InlineData(50, RatioClass.Extreme)]
    public void The_volume_floor_gates_the_class_but_not_the_ratio(long v, RatioClass expected)
    {
        // Median 0.5 → denominator max(0.5, 1) = 1, so R = v.
        var quiet = new CellBaseline(0.5, Math.Log(1.5), 0.0, 20);
        var r = RatioMath.Evaluate(Cell31, v, in quiet, Opts());
        r.Ratio.Should().Be(v);
        r.Class.Should().Be(expected);
        r.ZRob.Should().BeApproximately((Math.Log(1 + v) - Math.Log(1.5)) / 0.10, 1e-12);  // MAD 0 → mad_floor
    }

    [Fact]
    public void Insufficient_history_gives_null_ratio_and_z_class_none_and_warmup()
    {
        var nine = Median20 with { DaysUsed = 9 };
        var r = RatioMath.Evaluate(Cell31, 5000, in nine, Opts(minHistoryDays: 10));
        r.Ratio.Should().BeNull();
        r.ZRob.Should().BeNull();
        r.Class.Should().Be(RatioClass.None);
        r.Warmup.Should().BeTrue();
        r.DaysUsed.Should().Be(9);
        RatioMath.Evaluate(Cell31, 5000, Median20 with { DaysUsed = 10 }, Opts(minHistoryDays: 10)).Class.Should().Be(RatioClass.Extreme);
    }

    [Fact]
    public void Zero_volume_gives_null_ratio_and_z()
    {
        var r = RatioMath.Evaluate(Cell31, 0, in Median20, Opts());
        r.Ratio.Should().BeNull();
        r.ZRob.Should().BeNull();
        r.Class.Should().Be(RatioClass.None);
        r.Warmup.Should().BeFalse();
    }

    [Fact]
    public void Configured_thresholds_are_used()
    {
        var t = new RatioThresholdsOptions { Moderate = 2, High = 3, VeryHigh = 5, Extreme = 7 };
        RatioMath.Classify(1.99, t).Should().Be(RatioClass.None);
        RatioMath.Classify(2, t).Should().Be(RatioClass.Moderate);
        RatioMath.Classify(3, t).Should().Be(RatioClass.High);
        RatioMath.Classify(5, t).Should().Be(RatioClass.VeryHigh);
        RatioMath.Classify(7, t).Should().Be(RatioClass.Extreme);
    }
}
