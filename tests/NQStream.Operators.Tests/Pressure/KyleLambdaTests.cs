using FluentAssertions;
using NQStream.Operators.Numerics;
using NQStream.Operators.Pressure;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

public sealed class KyleLambdaTests
{
    private static void Feed(KyleLambda kyle, CollectingSink<RegressionWindow> sink)
    {
        kyle.OnQuote(S(0.5), Q(99.5, 1, 100.5, 1), ref sink);    // mid 100
        kyle.OnTrade(S(1), +1, 1, ref sink);                     // SV0 = 1
        kyle.OnQuote(S(5), Q(101.5, 1, 102.5, 1), ref sink);     // mid 102 → ΔP0 = 2
        kyle.OnTrade(S(12), +1, 2, ref sink);                    // SV1 = 2
        kyle.OnQuote(S(15), Q(105.5, 1, 106.5, 1), ref sink);    // mid 106 → ΔP1 = 4
        kyle.OnTrade(S(21), -1, 4, ref sink);
        kyle.OnTrade(S(22), +1, 7, ref sink);                    // SV2 = 3
        kyle.OnTrade(S(23), 0, 100, ref sink);                   // unknown side: excluded
        kyle.OnQuote(S(25), Q(110.5, 1, 111.5, 1), ref sink);    // mid 111 → ΔP2 = 5
        kyle.AdvanceTo(S(30), ref sink);
    }

    [Fact]
    public void Lambda_regresses_mid_changes_on_signed_volume_per_bin()
    {
        var kyle = new KyleLambda(S(10), S(30), minNonEmptyBins: 3);
        var sink = new CollectingSink<RegressionWindow>();

        Feed(kyle, sink);

        var block = sink.Items.Should().ContainSingle().Subject;
        (block.Bins, block.NonEmptyBins).Should().Be((3L, 3L));
        block.Fit!.Value.Beta.Should().BeApproximately(1.5, 1e-9);
        block.Fit!.Value.Alpha.Should().BeApproximately(2.0 / 3, 1e-9);
        block.Fit!.Value.R2.Should().BeApproximately(81.0 / 84, 1e-9);
        kyle.Day.Fit!.Value.Beta.Should().BeApproximately(1.5, 1e-9);
    }

    [Fact]
    public void Too_few_non_empty_bins_give_null()
    {
        var kyle = new KyleLambda(S(10), S(30), minNonEmptyBins: 4);
        var sink = new CollectingSink<RegressionWindow>();

        Feed(kyle, sink);

        sink.Items.Should().ContainSingle().Which.Fit.Should().BeNull();
        kyle.Day.Fit.Should().BeNull();
    }

    [Fact]
    public void Signed_square_root_variant_transforms_the_regressor()
    {
        // x = 1, √2, √3 against y = 2, 4, 5: β = Sxy / Sxx computed by hand below.
        var kyle = new KyleLambda(S(10), S(30), minNonEmptyBins: 1, variant: KyleVariant.SignedSqrt);
        var sink = new CollectingSink<RegressionWindow>();

        Feed(kyle, sink);

        double[] x = [1, Math.Sqrt(2), Math.Sqrt(3)];
        double[] y = [2, 4, 5];
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        sink.Items.Single().Fit!.Value.Beta.Should().BeApproximately(sxy / sxx, 1e-9);
    }

    [Fact]
    public void Window_must_be_a_multiple_of_the_bin()
    {
        var act = () => new KyleLambda(S(10), S(25));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*multiple of bin*");
    }
}
