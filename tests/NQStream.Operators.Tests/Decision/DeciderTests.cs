using FluentAssertions;
using NQStream.Operators.Decision;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Decision;

public sealed class DeciderTests
{
    private static readonly DecisionSettings Defaults = new(new ExpectedValueOptions(), new QualityOptions(), new SizingOptions());
    private static readonly TimeSpan Hour = TimeSpan.FromMinutes(60);
    private static readonly CalibrationKey Key = CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 40, 20, Hour);

    private static Signal Bullish(double confidence = 0.99) => SignalFactory.Create(SignalKind.VolumeShock, 1_000, 1, 42, "NQZ6 C21000", SignalDirection.Bullish,
        RatioClass.Extreme, SignalPriority.High, confidence, 0.7, [new("ratio", 50)], "p0");

    [Fact]
    public void Calibrated_worked_example_is_accepted_with_size_7_and_a_quality_setup()
    {
        var d = Decider.Decide(Bullish(), 40, 20, Hour, new CalibrationCell(Key, 60, 45, 0.62), 21_000, 0.20, 50, ZoneAlignment.Aligned, Defaults);

        d.Accepted.Should().BeTrue();
        d.Reasons.Should().BeEmpty();
        d.Source.Should().Be(ProbabilitySource.Calibrated);
        d.CalibrationN.Should().Be(60);
        d.Probability.Should().Be(0.62);
        d.EvPoints!.Value.Should().BeApproximately(17.2, 1e-12);
        d.RewardRisk.Should().Be(2);
        d.Size.Should().Be(7);
        d.Quality!.Quality.Should().BeApproximately(0.784, 1e-12); // 0.25 + 0.20·0.99 + 0.25·0.344 + 0.15·2/3 + 0.15
        d.Quality.QualitySetup.Should().BeTrue();
        d.SignalId.Should().Be(Bullish().Id);
    }

    [Fact]
    public void Uncalibrated_key_uses_the_conservative_prior_and_is_rejected()
    {
        var d = Decider.Decide(Bullish(), 40, 20, Hour, new CalibrationCell(Key, 10, 9, null), 21_000, 0.20, 50, ZoneAlignment.Aligned, Defaults);

        d.Source.Should().Be(ProbabilitySource.Prior);
        d.Probability!.Value.Should().BeApproximately(0.1863036024961312, 1e-12);
        d.Accepted.Should().BeFalse();
        d.Size.Should().Be(0);
        d.Reasons.Should().Equal("EV_BELOW_MIN: ev=-8.8218, min=15", "P_BELOW_MIN: p=0.1863, min=0.6");
    }

    [Fact]
    public void Missing_future_is_no_market_and_missing_iv_without_calibration_has_no_probability()
    {
        var noF = Decider.Decide(Bullish(), 40, 20, Hour, new CalibrationCell(Key, 60, 45, 0.62), null, 0.2, 50, ZoneAlignment.Aligned, Defaults);
        noF.Accepted.Should().BeFalse();
        noF.Source.Should().Be(ProbabilitySource.None);
        noF.Reasons.Should().Equal("NO_MARKET: F=null");
        noF.Quality.Should().BeNull();

        var noIv = Decider.Decide(Bullish(), 40, 20, Hour, new CalibrationCell(Key, 0, 0, null), 21_000, null, 50, ZoneAlignment.Aligned, Defaults);
        noIv.Reasons.Should().Equal("NO_MARKET: p=null");
    }

    [Fact]
    public void A_budget_too_small_for_one_contract_rejects_with_size_zero()
    {
        var tight = Defaults with { Sizing = new SizingOptions { RiskBudgetUsd = 100 } };
        var d = Decider.Decide(Bullish(), 40, 20, Hour, new CalibrationCell(Key, 60, 45, 0.62), 21_000, 0.2, 50, ZoneAlignment.Aligned, tight);

        d.Accepted.Should().BeFalse();
        d.Size.Should().Be(0);
        d.Reasons.Should().Equal("SIZE_ZERO: stop=20, risk_budget_usd=100");
        d.Quality!.QualitySetup.Should().BeFalse();
    }
}
