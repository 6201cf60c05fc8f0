using FluentAssertions;
using NQStream.Operators.Numerics;
using NQStream.Operators.Pressure;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

public sealed class OfiImpactTests
{
    private static OfiWindow W(double startS, long ofi, double? dMid) =>
        new(S(startS), S(startS + 10), ofi, null, null, null, null, dMid, ofi == 0 ? 0 : 1, 0);

    [Fact]
    public void Fits_each_block_and_the_day()
    {
        var impact = new OfiImpact(S(30));
        var blocks = new CollectingSink<RegressionWindow>();

        impact.OnWindow(W(0, 1, 2), ref blocks);
        impact.OnWindow(W(10, 2, 4), ref blocks);
        blocks.Items.Should().BeEmpty();
        impact.OnWindow(W(20, 3, 5), ref blocks);       // last window of block 0: emitted now
        blocks.Items.Should().HaveCount(1);
        impact.OnWindow(W(25, 99, null), ref blocks);   // no mid at a boundary: left out
        impact.OnWindow(W(30, 10, 1), ref blocks);
        impact.Flush(ref blocks);                       // block 1 is incomplete

        blocks.Items.Should().HaveCount(2);
        var first = blocks.Items[0];
        (first.StartNs, first.EndNs, first.Bins, first.NonEmptyBins).Should().Be((0L, S(30), 3L, 3L));
        first.Fit!.Value.Beta.Should().BeApproximately(1.5, 1e-12);
        first.Fit!.Value.Alpha.Should().BeApproximately(2.0 / 3, 1e-12);
        first.Fit!.Value.R2.Should().BeApproximately(81.0 / 84, 1e-12);
        blocks.Items[1].Fit.Should().BeNull("one window has no variance");

        // Day: x = 1,2,3,10; y = 2,4,5,1 → Sxx = 50, Sxy = −13, Syy = 10.
        var day = impact.Day;
        (day.StartNs, day.EndNs, day.Bins).Should().Be((0L, S(40), 4L));
        day.Fit!.Value.Beta.Should().BeApproximately(-0.26, 1e-12);
        day.Fit!.Value.Alpha.Should().BeApproximately(4.04, 1e-12);
        day.Fit!.Value.R2.Should().BeApproximately(169.0 / 500, 1e-12);
    }
}
