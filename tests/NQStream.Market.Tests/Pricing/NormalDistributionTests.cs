using FluentAssertions;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Market.Tests.Pricing;

/// <summary>N(x) accuracy: 30-digit reference values (mpmath ncdf) and a sweep against MathNet.Numerics' Normal.CDF.</summary>
public sealed class NormalDistributionTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.3, 0.61791142218895263307)]
    [InlineData(1.0, 0.84134474606854294859)]
    [InlineData(3.0, 0.99865010196836990547)]
    [InlineData(8.0, 0.9999999999999993779)]
    [InlineData(-1.0, 0.15865525393145705141)]
    [InlineData(-1.96, 0.024997895148220436213)]
    [InlineData(-5.0, 2.8665157187919391167e-7)]
    [InlineData(-10.0, 7.619853024160526066e-24)]
    [InlineData(-20.0, 2.7536241186062336951e-89)]
    [InlineData(-37.0, 5.7255712225245768227e-300)]
    public void Cdf_matches_high_precision_reference_to_a_few_ulps(double x, double expected)
    {
        NormalDistribution.Cdf(x).Should().BeApproximately(expected, 1e-15 * expected);
    }

    [Fact]
    public void Cdf_reaches_into_the_subnormal_range()
    {
        // N(−38.4) = 6.6015998543267680242e-323 (mpmath): 14 subnormal units of 4.94e-324.
        NormalDistribution.Cdf(-38.4).Should().BeApproximately(6.6015998543267680242e-323, 5e-324);
    }

    [Fact]
    public void Cdf_agrees_with_mathnet_across_both_tails()
    {
        for (int i = -3_700; i <= 900; i++)
        {
            double x = i / 100.0;
            double peer = MathNet.Numerics.Distributions.Normal.CDF(0.0, 1.0, x);
            NormalDistribution.Cdf(x).Should().BeApproximately(peer, PeerTolerance(x * x / 2) * peer, $"x = {x}");
        }
    }

    [Fact]
    public void Erfc_agrees_with_mathnet()
    {
        for (int i = -600; i <= 2_600; i++)
        {
            double x = i / 100.0;
            double peer = MathNet.Numerics.SpecialFunctions.Erfc(x);
            NormalDistribution.Erfc(x).Should().BeApproximately(peer, PeerTolerance(x * x) * peer, $"x = {x}");
        }

        NormalDistribution.Erfc(30.0).Should().Be(0.0);
        NormalDistribution.Erfc(-30.0).Should().Be(2.0);
    }

    [Fact]
    public void Cdf_saturates_without_nan_at_the_ends()
    {
        NormalDistribution.Cdf(double.NegativeInfinity).Should().Be(0.0);
        NormalDistribution.Cdf(double.PositiveInfinity).Should().Be(1.0);
        NormalDistribution.Cdf(-40.0).Should().Be(0.0);
        NormalDistribution.Cdf(40.0).Should().Be(1.0);
        NormalDistribution.Pdf(double.PositiveInfinity).Should().Be(0.0);
        NormalDistribution.Pdf(-1e200).Should().Be(0.0);
    }

    [Fact]
    public void Pdf_is_the_gaussian_density()
    {
        NormalDistribution.Pdf(0.0).Should().BeApproximately(0.3989422804014326779, 1e-17);
        NormalDistribution.Pdf(1.5).Should().BeApproximately(0.12951759566589174, 1e-17);
        NormalDistribution.Pdf(-1.5).Should().Be(NormalDistribution.Pdf(1.5));
    }

    [Fact]
    public void Cdf_is_symmetric()
    {
        for (int i = 0; i <= 800; i++)
        {
            double x = i / 100.0;
            (NormalDistribution.Cdf(x) + NormalDistribution.Cdf(-x)).Should().BeApproximately(1.0, 2e-16, $"x = {x}");
        }
    }

    // MathNet squares a rounded argument inside e^(−y²), so its own relative error grows like y²·ε in the tails
    // (e.g. 1.1e-13 at N(−37), where the mpmath values above show ours within 1e-15).
    private static double PeerTolerance(double exponent) => 2e-15 + (1e-15 * exponent);
}
