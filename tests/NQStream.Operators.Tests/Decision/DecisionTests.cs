using FluentAssertions;
using NQStream.Operators.Decision;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Decision;

public sealed class DecisionTests
{
    private static readonly ExpectedValueOptions Ev = new();

    [Fact]
    public void Worked_example_p062_40_20_is_accepted_with_ev_17_2_and_size_7()
    {
        var r = ExpectedValue.Evaluate(0.62, 40, 20, Ev);

        r.EvPoints!.Value.Should().BeApproximately(17.2, 1e-12);
        r.EvUsd!.Value.Should().BeApproximately(344, 1e-10);
        r.Accepted.Should().BeTrue();
        r.Reasons.Should().BeEmpty();
        PositionSizer.Size(20, new SizingOptions()).Should().Be(7);
    }

    [Fact]
    public void Boundaries_are_inclusive()
    {
        ExpectedValue.Evaluate(0.75, 30, 30, Ev).Should().Match<EvResult>(r => r.Accepted && r.EvPoints == 15);
        ExpectedValue.Evaluate(0.60, 40, 20, Ev).Accepted.Should().BeTrue();
        ExpectedValue.Evaluate(0.90, 200, 150, Ev).Accepted.Should().BeTrue();
        PositionSizer.Size(150, new SizingOptions()).Should().Be(1);
    }

    [Fact]
    public void Each_failed_threshold_gives_its_reason_with_context()
    {
        ExpectedValue.Evaluate(0.90, 200, 151, Ev).Reasons.Should().Equal("STOP_ABOVE_MAX: stop=151, max=150");
        ExpectedValue.Evaluate(0.60, 30, 20, Ev).Reasons.Should().Equal("EV_BELOW_MIN: ev=10, min=15");
        ExpectedValue.Evaluate(0.50, 100, 20, Ev).Reasons.Should().Equal("P_BELOW_MIN: p=0.5, min=0.6");
        ExpectedValue.Evaluate(0.62, 40, 150, Ev).Reasons.Should().Equal("EV_BELOW_MIN: ev=-32.2, min=15");
        ExpectedValue.Evaluate(0.62, 40, 20, new ExpectedValueOptions { MinEv = 20 }).Reasons.Should().Equal("EV_BELOW_MIN: ev=17.2, min=20");
    }

    [Fact]
    public void Missing_probability_and_invalid_brackets_are_rejected()
    {
        var noMarket = ExpectedValue.Evaluate(null, 40, 20, Ev);
        noMarket.Accepted.Should().BeFalse();
        noMarket.EvPoints.Should().BeNull();
        noMarket.Reasons.Should().Equal("NO_MARKET: p=null");

        var bad = ExpectedValue.Evaluate(0.99, 40, 0, Ev);
        bad.Accepted.Should().BeFalse();
        bad.Reasons.Should().Equal("INVALID_BRACKET: target=40, stop=0");
    }

    [Fact]
    public void Minimum_target_reaches_exactly_min_ev()
    {
        var target = ExpectedValue.MinimumTarget(0.60, 150, Ev);
        target.Should().BeApproximately(125, 1e-9); // (15 + 0.4·150) / 0.6
        ExpectedValue.Points(0.60, target, 150).Should().BeApproximately(15, 1e-9);
    }

    [Theory]
    [InlineData(20.0, 7)]
    [InlineData(10.0, 10)]  // floor(15) capped at max_position
    [InlineData(150.0, 1)]
    [InlineData(151.0, 0)]
    [InlineData(0.0, 0)]
    [InlineData(-5.0, 0)]
    public void Position_size_is_floored_and_capped(double stop, int size)
    {
        PositionSizer.Size(stop, new SizingOptions()).Should().Be(size);
    }

    [Fact]
    public void Quality_score_weights_the_five_components()
    {
        // flow ln50/ln50 = 1, confidence 0.99, EV 17.2/50 = 0.344, R:R (40/20)/3, aligned 1
        var q = QualityScore.Compute(50, 0.01, 17.2, 40, 20, ZoneAlignment.Aligned, accepted: true, new QualityOptions());

        q.Components.Should().HaveCount(5);
        q.Components[0].Should().BeApproximately(1, 1e-12);
        q.Components[1].Should().BeApproximately(0.99, 1e-12);
        q.Components[2].Should().BeApproximately(0.344, 1e-12);
        q.Components[3].Should().BeApproximately(2.0 / 3, 1e-12);
        q.Components[4].Should().Be(1);
        q.Quality.Should().BeApproximately(0.25 + 0.198 + 0.086 + 0.10 + 0.15, 1e-12);
        q.QualitySetup.Should().BeTrue();
    }

    [Fact]
    public void Quality_floors_weak_components_and_requires_acceptance_for_a_setup()
    {
        var weak = QualityScore.Compute(0.5, 0.5, -5, 40, 20, ZoneAlignment.NoZone, accepted: true, new QualityOptions());
        weak.Components.Should().Equal(0, 0.5, 0, 2.0 / 3, 0.5);
        weak.Quality.Should().BeApproximately(0.10 + 0.10 + 0.075, 1e-12);
        weak.QualitySetup.Should().BeFalse();

        QualityScore.Compute(Math.Sqrt(50), 0, 100, 90, 20, ZoneAlignment.Opposed, accepted: false, new QualityOptions())
            .Should().Match<QualityResult>(r => Math.Abs(r.Components[0] - 0.5) < 1e-12 && Math.Abs(r.Quality - 0.725) < 1e-12 && !r.QualitySetup);
    }

    [Theory]
    [InlineData(SignalDirection.Bullish, 0.1863036024961312)]
    [InlineData(SignalDirection.Bearish, 0.18642131920523516)]
    public void Option_implied_prior_matches_the_documented_0_186(SignalDirection direction, double expected)
    {
        HitProbability.Prior(21_000, 40, TimeSpan.FromMinutes(60), 0.20, direction).Should().BeApproximately(expected, 1e-12);
    }
}
