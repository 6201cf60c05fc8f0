using FluentAssertions;
using NQStream.Feeds.Barchart;
using NQStream.Market.Pricing;
using NQStream.Operators.Legacy;
using NQStream.TestSupport;

namespace NQStream.Operators.Tests.Legacy;

/// <summary>
/// algorithms.md §10: the earlier system's results on the June-2 Barchart chain at S = 21,376.75, reproduced with
/// its bugs fixed. S is the value the old system used (its hard-coded fallback: the file carries no underlying
/// price), given explicitly here as the documented input.
/// </summary>
public sealed class June2ReferenceTests
{
    private const double S = 21_376.75;

    private static NQStream.Market.Chain.ChainSnapshot Chain() =>
        BarchartJsonReader.Read(SharedData.DataPath("barchart", "options_data_20250602_141553.json"));

    [SharedDataFact]
    public void Dead_simple_finds_the_two_documented_call_spikes_within_two_percent()
    {
        var signals = VolumeOiSpike.Evaluate(VolumeOiSpike.FromSnapshot(Chain()), S, new SpikeSettings());

        signals.Should().HaveCount(2);
        var first = signals[0];
        (first.Strike, first.Type, first.Volume, first.OpenInterest, first.Class).Should().Be((21_450.0, OptionType.Call, 1_349L, 64L, SpikeClass.High));
        first.Ratio.Should().BeApproximately(21.1, 0.05);
        first.DollarSize.Should().BeApproximately(2.28e6, 0.005e6);
        var second = signals[1];
        (second.Strike, second.Type, second.Class).Should().Be((21_525.0, OptionType.Call, SpikeClass.Moderate));
        second.Ratio.Should().BeApproximately(13.9, 0.05);
        second.DollarSize.Should().BeApproximately(148e3, 0.5e3);
        signals.Should().OnlyContain(s => s.WithinDistance);
        // The fix: a snapshot has no aggressor split, so no direction is claimed (the old system said LONG for every call).
        signals.Should().OnlyContain(s => s.Direction == SpikeDirection.Unknown);
    }

    [SharedDataFact]
    public void Positioning_risk_matches_the_documented_totals_ratio_bias_and_top_zone()
    {
        var result = PositioningRisk.Evaluate(Chain(), S, new PositioningRiskSettings());

        result.CallRiskUsd.Should().BeApproximately(2.47e6, 0.005e6);
        result.PutRiskUsd.Should().BeApproximately(1.73e6, 0.005e6);
        result.Ratio!.Value.Should().BeApproximately(1.43, 0.005);
        result.Bias.Should().Be(RiskBias.Balanced);
        var top = result.Zones[0];
        (top.Strike, top.Side, top.Band).Should().Be((21_400.0, OptionType.Call, RiskBand.NearTerm));
        top.RiskUsd.Should().BeApproximately(970e3, 0.5e3);
        top.DistancePts.Should().BeApproximately(23.25, 1e-9);
        result.Zones.Should().HaveCount(5);
    }
}
