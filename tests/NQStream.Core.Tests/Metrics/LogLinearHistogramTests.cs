using FluentAssertions;
using NQStream.Core.Metrics;
using Xunit;

namespace NQStream.Core.Tests.Metrics;

public class LogLinearHistogramTests
{
    [Fact]
    public void Small_values_are_exact()
    {
        var h = new LogLinearHistogram(precisionBits: 4);
        for (var v = 0; v < 32; v++)
        {
            h.IndexOf(v).Should().Be(v);
            h.HighestEquivalent(v).Should().Be(v);
        }
    }

    [Fact]
    public void Every_value_lands_in_a_bucket_whose_range_contains_it_within_the_relative_error()
    {
        var h = new LogLinearHistogram(precisionBits: 8);
        var rng = new Random(42);
        for (var i = 0; i < 100_000; i++)
        {
            var v = (long)Math.Pow(2, rng.NextDouble() * 50);
            var index = h.IndexOf(v);
            var high = h.HighestEquivalent(index);
            var low = index == 0 ? 0 : h.HighestEquivalent(index - 1) + 1;
            v.Should().BeInRange(low, high);
            ((double)(high - low) / Math.Max(1, v)).Should().BeLessThanOrEqualTo(h.RelativeError);
        }
    }

    [Fact]
    public void Percentiles_of_a_uniform_range_match_within_the_resolution()
    {
        var h = new LogLinearHistogram(precisionBits: 8);
        for (long v = 1; v <= 1_000_000; v++)
        {
            h.Record(v);
        }

        h.Count.Should().Be(1_000_000);
        h.Min.Should().Be(1);
        h.Max.Should().Be(1_000_000);
        h.Mean.Should().BeApproximately(500_000.5, 1e-6);
        foreach (var p in new[] { 50.0, 90.0, 99.0, 99.9 })
        {
            var expected = p / 100 * 1_000_000;
            ((double)h.Percentile(p)).Should().BeApproximately(expected, expected * h.RelativeError, $"p{p}");
        }

        h.Percentile(100).Should().Be(1_000_000);
    }

    [Fact]
    public void Histograms_add_up_and_reset()
    {
        var a = new LogLinearHistogram();
        var b = new LogLinearHistogram();
        a.Record(10);
        b.Record(1_000);
        b.Record(-5);
        a.Add(b);
        a.Count.Should().Be(3);
        a.Min.Should().Be(0);
        a.Max.Should().Be(1_000);
        a.Percentile(50).Should().Be(10);
        a.Reset();
        a.Count.Should().Be(0);
        a.Percentile(99).Should().Be(0);
        var other = new LogLinearHistogram(precisionBits: 4);
        a.Invoking(x => x.Add(other)).Should().Throw<ArgumentException>().WithMessage("precision differs: 4 bits vs 8 bits*");
    }
}
