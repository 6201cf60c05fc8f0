using FluentAssertions;
using NQStream.Operators.Numerics;
using Xunit;

namespace NQStream.Operators.Tests.Numerics;

public sealed class NumericsTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(9_999L, 0L)]
    [InlineData(10_000L, 1L)]
    [InlineData(-1L, -1L)]
    [InlineData(-10_000L, -1L)]
    [InlineData(-10_001L, -2L)]
    public void TimeBins_floor_relative_to_the_origin(long offset, long index)
    {
        var bins = new TimeBins(10_000, 5_000);

        bins.IndexOf(5_000 + offset).Should().Be(index);
        bins.StartOf(index).Should().Be(5_000 + (index * 10_000));
    }

    [Fact]
    public void Time_weighted_mean_weights_each_value_until_the_next_and_skips_suspended_time()
    {
        var m = new TimeWeightedMean();
        m.Observe(100, 2);   // 2 for 10
        m.Observe(110, 5);   // 5 for 0 (same instant as the next)
        m.Observe(110, 4);   // 4 for 20
        m.Suspend(130);      // undefined for 10
        m.Observe(140, 1);   // 1 until 150

        m.MeanUntil(150).Should().BeApproximately(((2 * 10) + (4 * 20) + (1 * 10)) / 40.0, 1e-12);
        new TimeWeightedMean().MeanUntil(10).Should().BeNull();
    }

    [Fact]
    public void Running_moments_give_mean_and_sample_standard_deviation()
    {
        var m = new RunningMoments();
        m.SampleStdDev.Should().BeNull();
        foreach (var x in new[] { 1.0, 2, 3, 4 })
        {
            m.Add(x);
        }

        m.Mean.Should().Be(2.5);
        m.SampleStdDev!.Value.Should().BeApproximately(Math.Sqrt(5.0 / 3), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(-1.96, 0.024997895148220435)]
    [InlineData(0.3, 0.6179114221889526)]
    [InlineData(2.5, 0.9937903346742238)]
    [InlineData(-5.0, 2.866515718791946e-07)]
    [InlineData(-7.0, 1.279812543885835e-12)]
    public void Normal_cdf_matches_reference_values(double z, double phi)
    {
        NormalCdf.Phi(z).Should().BeApproximately(phi, Math.Max(phi, 1e-300) * 1e-13);
    }
}
