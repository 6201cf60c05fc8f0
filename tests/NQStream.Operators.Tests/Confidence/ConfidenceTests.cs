using FluentAssertions;
using NQStream.Operators.Confidence;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Confidence;

public sealed class ConfidenceTests
{
    [Theory]
    [InlineData(80, 20, 6.0, 1.973175290075e-9)]
    [InlineData(60, 40, 2.0, 0.04550026389635842)]
    [InlineData(30, 20, 1.4142135623730951, 0.15729920705028513)]
    [InlineData(20, 80, -6.0, 1.973175290075e-9)]
    public void Direction_test_matches_the_documented_vectors(long buy, long sell, double z, double p)
    {
        var r = DirectionTest.Compute(buy, sell);

        r.Z!.Value.Should().BeApproximately(z, 1e-12);
        r.PValue.Should().BeApproximately(p, p * 1e-9);
        r.N.Should().Be(buy + sell);
    }

    [Fact]
    public void Direction_test_with_no_trials_has_null_z_and_p_one()
    {
        var r = DirectionTest.Compute(0, 0);
        r.Z.Should().BeNull();
        r.PValue.Should().Be(1.0);
    }

    [Fact]
    public void Direction_test_uses_the_configured_trial_unit()
    {
        DirectionTest.Compute(80, 20, 3, 1, new ConfidenceOptions()).Z.Should().BeApproximately(6.0, 1e-12);
        DirectionTest.Compute(80, 20, 3, 1, new ConfidenceOptions { ZUnit = ZUnit.Events }).Z.Should().BeApproximately(1.0, 1e-12);
    }

    [Fact]
    public void Benjamini_Hochberg_matches_the_documented_family_of_ten()
    {
        // Shuffled input order; results are reported at the input index.
        double[] p = [0.060, 0.001, 0.216, 0.039, 0.205, 0.008, 0.042, 0.212, 0.041, 0.074];
        double[] expectedQ = [0.100, 0.010, 0.216, 0.084, 0.216, 0.040, 0.084, 0.216, 0.084, 0.74 / 7];
        var q = new double[10];
        var sig = new bool[10];

        var kStar = BenjaminiHochberg.Apply(p, 0.05, q, sig);

        kStar.Should().Be(2);
        for (var i = 0; i < 10; i++)
        {
            q[i].Should().BeApproximately(expectedQ[i], 1e-12, "index {0}", i);
            sig[i].Should().Be(p[i] <= 0.008, "index {0}", i);
        }
    }

    [Theory]
    [InlineData(0.05, true)]
    [InlineData(0.0500001, false)]
    public void Benjamini_Hochberg_with_one_member_is_p_at_most_q(double p, bool significant)
    {
        var q = new double[1];
        var sig = new bool[1];
        BenjaminiHochberg.Apply([p], 0.05, q, sig);
        sig[0].Should().Be(significant);
        q[0].Should().Be(p);
    }

    [Fact]
    public void Benjamini_Hochberg_step_up_rescues_a_member_above_its_own_line()
    {
        // p(1) = 0.03 > 1·0.05/2 but p(2) = 0.04 ≤ 2·0.05/2 → both significant; q = [0.04, 0.04].
        var q = new double[2];
        var sig = new bool[2];
        BenjaminiHochberg.Apply([0.04, 0.03], 0.05, q, sig).Should().Be(2);
        sig.Should().Equal(true, true);
        q[0].Should().BeApproximately(0.04, 1e-15);
        q[1].Should().BeApproximately(0.04, 1e-15);
    }

    [Fact]
    public void Benjamini_Hochberg_rejects_p_outside_the_unit_interval()
    {
        var act = () => BenjaminiHochberg.Apply([0.5, 1.5], 0.05, new double[2], new bool[2]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*index 1*");
    }

    [Fact]
    public void Bh_family_reports_by_instrument_id_and_marks_provisional_until_close()
    {
        var family = new BhFamily();
        family.Set(30, 0.04);
        family.Set(10, 0.5);
        family.Set(20, 0.03);
        family.Set(10, 0.001); // updated during the bucket

        var open = family.Evaluate(0.05, bucketClosed: false);
        open.Select(d => d.InstrumentId).Should().Equal(10u, 20u, 30u);
        open.Should().OnlyContain(d => d.Provisional && d.Significant);
        open[0].QValue.Should().BeApproximately(0.003, 1e-15);   // 3·0.001/1
        open[1].QValue.Should().BeApproximately(0.04, 1e-15);    // min(3·0.03/2, 3·0.04/3)
        open[2].QValue.Should().BeApproximately(0.04, 1e-15);    // 3·0.04/3

        family.Evaluate(0.05, bucketClosed: true).Should().OnlyContain(d => !d.Provisional);
    }

    [Theory]
    [InlineData(RatioClass.Extreme, true, RatioClass.Extreme)]
    [InlineData(RatioClass.Extreme, false, RatioClass.Moderate)]
    [InlineData(RatioClass.High, false, RatioClass.Moderate)]
    [InlineData(RatioClass.Moderate, false, RatioClass.Moderate)]
    [InlineData(RatioClass.None, false, RatioClass.None)]
    [InlineData(RatioClass.None, true, RatioClass.None)]
    public void Confirmed_class_caps_non_significant_instruments_at_moderate(RatioClass raw, bool significant, RatioClass expected)
    {
        ConfirmedClass.Of(raw, significant).Should().Be(expected);
    }

    [Fact]
    public void Direction_and_confidence_follow_net_delta_and_q_value()
    {
        ConfirmedClass.DirectionOf(12.5).Should().Be(SignalDirection.Bullish);
        ConfirmedClass.DirectionOf(-0.1).Should().Be(SignalDirection.Bearish);
        ConfirmedClass.DirectionOf(0).Should().Be(SignalDirection.Neutral);
        ConfirmedClass.Confidence(0.084).Should().BeApproximately(0.916, 1e-15);
        ConfirmedClass.Confidence(1).Should().Be(0);
    }
}
