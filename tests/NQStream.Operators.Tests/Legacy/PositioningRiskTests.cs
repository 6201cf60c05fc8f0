using FluentAssertions;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.Operators.Legacy;
using Xunit;

namespace NQStream.Operators.Tests.Legacy;

public sealed class PositioningRiskTests
{
    private static readonly PositioningRiskSettings Defaults = new();

    // S = 21,005. OTM calls: 21,010 (5 pts), 21,030 (25 pts), 21,100 (95 pts); OTM puts: 21,000 (5 pts), 20,950 (55 pts).
    private static ChainSnapshot Chain() => new ChainSnapshotBuilder("t")
        .Add(20_950, OptionType.Put, 100, 5, last: 10, bid: null, ask: null, expirationNs: null, lastIsSettlement: true)
        .Add(21_000, OptionType.Put, 50, 5, last: 20, bid: null, ask: null, expirationNs: null)
        .Add(21_000, OptionType.Call, 999, 5, last: 30, bid: null, ask: null, expirationNs: null) // ITM: not at risk
        .Add(21_010, OptionType.Call, 10, 5, last: 25, bid: 24, ask: 28, expirationNs: null)     // mark = mid 26
        .Add(21_030, OptionType.Call, 200, 5, last: 15, bid: null, ask: null, expirationNs: null)
        .Add(21_100, OptionType.Call, 1_000, 5, last: 2, bid: null, ask: null, expirationNs: null)
        .Add(21_200, OptionType.Call, null, 5, last: 1, bid: null, ask: null, expirationNs: null) // no OI
        .Build();

    [Fact]
    public void Risk_per_side_is_oi_times_price_times_20_over_out_of_the_money_options()
    {
        var result = PositioningRisk.Evaluate(Chain(), 21_005, Defaults);

        // Calls: 10·26·20 = 5,200; 200·15·20 = 60,000; 1,000·2·20 = 40,000 → 105,200.
        // Puts: 100·10·20 = 20,000; 50·20·20 = 20,000 → 40,000.
        result.CallRiskUsd.Should().Be(105_200);
        result.PutRiskUsd.Should().Be(40_000);
        result.TotalRiskUsd.Should().Be(145_200);
        result.Ratio!.Value.Should().BeApproximately(2.63, 1e-12);
        result.Bias.Should().Be(RiskBias.Upward);
        result.ZonesAtRisk.Should().Be(5);
    }

    [Fact]
    public void Zones_rank_by_risk_times_distance_weight_and_carry_the_band()
    {
        var zones = PositioningRisk.Evaluate(Chain(), 21_005, Defaults).Zones;

        // Danger: 21,030C 60,000×2 = 120,000; 21,000P 20,000×3 = 60,000; 21,010C 5,200×3 = 15,600;
        // 21,100C 40,000×0.5 = 20,000; 20,950P (55 pts: beyond 50) 20,000×0.5 = 10,000.
        zones.Select(z => (z.Strike, z.Side, z.Band, z.DangerScore)).Should().Equal(
            (21_030.0, OptionType.Call, RiskBand.NearTerm, 120_000.0),
            (21_000.0, OptionType.Put, RiskBand.Immediate, 60_000.0),
            (21_100.0, OptionType.Call, RiskBand.Distant, 20_000.0),
            (21_010.0, OptionType.Call, RiskBand.Immediate, 15_600.0),
            (20_950.0, OptionType.Put, RiskBand.Distant, 10_000.0));
        zones[0].RiskUsd.Should().Be(60_000);
        zones[0].DistancePts.Should().Be(25);
    }

    [Theory]
    [InlineData(10.0, RiskBand.Immediate)]
    [InlineData(10.25, RiskBand.NearTerm)]
    [InlineData(25.0, RiskBand.NearTerm)]
    [InlineData(50.0, RiskBand.MediumTerm)]
    [InlineData(50.25, RiskBand.Distant)]
    public void Bands_are_inclusive_at_10_25_and_50_points(double distance, RiskBand band) =>
        PositioningRisk.BandOf(distance, Defaults).Should().Be(band);

    [Fact]
    public void Ratio_thresholds_and_the_fixed_empty_cases()
    {
        static PositioningRiskResult Run(long callOi, long putOi) => PositioningRisk.Evaluate(
            new ChainSnapshotBuilder("t")
                .Add(21_100, OptionType.Call, callOi, null, 10, null, null, null)
                .Add(20_900, OptionType.Put, putOi, null, 10, null, null, null)
                .Build(),
            21_000,
            Defaults);

        Run(200, 100).Bias.Should().Be(RiskBias.Balanced);  // ratio exactly 2: not above
        Run(201, 100).Bias.Should().Be(RiskBias.Upward);
        Run(50, 100).Bias.Should().Be(RiskBias.Balanced);   // exactly 0.5: not below
        Run(49, 100).Bias.Should().Be(RiskBias.Downward);
        Run(0, 0).Should().BeEquivalentTo(new { Ratio = (double?)null, Bias = RiskBias.Balanced, TotalRiskUsd = 0.0 });
        Run(10, 0).Should().BeEquivalentTo(new { Ratio = (double?)null, Bias = RiskBias.Upward });
    }
}
