using FluentAssertions;
using NQStream.Core.Time;
using Xunit;

namespace NQStream.Core.Tests.Time;

public class WindowSpecTests
{
    [Theory]
    [InlineData(0, 0, 0, 10)]
    [InlineData(9, 0, 0, 10)]
    [InlineData(10, 10, 10, 20)]
    [InlineData(-1, -10, -10, 0)]
    public void Tumbling_windows_are_aligned_to_the_epoch(long time, long first, long last, long earliestEnd)
    {
        var spec = WindowSpec.Tumbling(10);
        spec.FirstStart(time).Should().Be(first);
        spec.LastStart(time).Should().Be(last);
        spec.EarliestEnd(time).Should().Be(earliestEnd);
        spec.WindowsPerEvent.Should().Be(1);
    }

    [Theory]
    [InlineData(12, -10, 10, 20)]
    [InlineData(30, 10, 30, 40)]
    [InlineData(29, 0, 20, 30)]
    public void Sliding_windows_cover_every_start_within_one_size(long time, long first, long last, long earliestEnd)
    {
        var spec = WindowSpec.Sliding(30, 10);
        spec.FirstStart(time).Should().Be(first);
        spec.LastStart(time).Should().Be(last);
        spec.EarliestEnd(time).Should().Be(earliestEnd);
        spec.WindowsPerEvent.Should().Be(3);
    }

    [Fact]
    public void Invalid_specs_are_rejected()
    {
        var zero = () => WindowSpec.Tumbling(0);
        zero.Should().Throw<ArgumentOutOfRangeException>();
        var slideTooBig = () => WindowSpec.Sliding(10, 20);
        slideTooBig.Should().Throw<ArgumentOutOfRangeException>();
    }
}
