using FluentAssertions;
using NQStream.Market.Pricing;
using NQStream.Operators.Legacy;
using Xunit;

namespace NQStream.Operators.Tests.Legacy;

public sealed class VolumeOiSpikeTests
{
    private static readonly SpikeSettings Defaults = new();

    private static SpikeInput Call(double strike, long volume, long? oi, double last = 50, long? buy = null, long? sell = null) =>
        new(strike, OptionType.Call, volume, oi, last, buy, sell);

    [Theory]
    [InlineData(5_000, 500, SpikeClass.Moderate)] // ratio exactly 10
    [InlineData(1_000, 100, SpikeClass.Moderate)]
    [InlineData(1_999, 100, SpikeClass.Moderate)]
    [InlineData(2_000, 100, SpikeClass.High)]
    [InlineData(3_000, 100, SpikeClass.VeryHigh)]
    [InlineData(5_000, 100, SpikeClass.Extreme)]
    [InlineData(999, 100, null)] // ratio 9.99
    public void Classes_follow_the_ratio_thresholds(long volume, long oi, SpikeClass? expected)
    {
        var signals = VolumeOiSpike.Evaluate([Call(21_000, volume, oi)], 21_000, Defaults);

        if (expected is null)
        {
            signals.Should().BeEmpty();
        }
        else
        {
            signals.Should().ContainSingle().Which.Class.Should().Be(expected.Value);
        }
    }

    [Fact]
    public void Volume_below_500_dollar_size_below_100k_and_missing_or_zero_oi_give_no_signal()
    {
        var inputs = new[]
        {
            Call(21_000, 499, 10),            // volume < 500
            Call(21_010, 600, 10, last: 8.3), // 600 × 8.3 × 20 = $99,600 < $100k
            Call(21_020, 600, null),          // OI missing
            Call(21_030, 600, 0),             // OI zero: no ratio (§0.3)
            new SpikeInput(21_040, OptionType.Put, null, 10, 50, null, null),
        };

        VolumeOiSpike.Evaluate(inputs, 21_000, Defaults).Should().BeEmpty();
    }

    [Fact]
    public void Signal_reports_ratio_dollar_size_and_the_two_percent_flag_inclusive()
    {
        // S = 21,000: 2 % = 420 pts; 21,420 is exactly at the boundary, 21,430 beyond it.
        var signals = VolumeOiSpike.Evaluate([Call(21_420, 1_000, 50, last: 10), Call(21_430, 1_000, 50, last: 10)], 21_000, Defaults);

        signals.Should().HaveCount(2);
        signals[0].Should().BeEquivalentTo(new
        {
            Strike = 21_420.0, Volume = 1_000L, OpenInterest = 50L, Ratio = 20.0, DollarSize = 200_000.0,
            Class = SpikeClass.High, Direction = SpikeDirection.Unknown, WithinDistance = true,
        });
        signals[0].Distance.Should().BeApproximately(0.02, 1e-15);
        signals[1].WithinDistance.Should().BeFalse();
    }

    [Fact]
    public void Direction_comes_from_aggressor_signed_volume_so_sold_calls_are_bearish()
    {
        var inputs = new[]
        {
            Call(21_000, 1_000, 50, buy: 200, sell: 800),
            Call(21_100, 1_000, 50, buy: 800, sell: 200),
            new SpikeInput(20_900, OptionType.Put, 1_000, 50, 50, 200, 800),
            new SpikeInput(20_800, OptionType.Put, 1_000, 50, 50, 800, 200),
            Call(21_200, 1_000, 50, buy: 500, sell: 500),
        };

        var byStrike = VolumeOiSpike.Evaluate(inputs, 21_000, Defaults).ToDictionary(s => (int)s.Strike, s => s.Direction);

        byStrike[21_000].Should().Be(SpikeDirection.Short);
        byStrike[21_100].Should().Be(SpikeDirection.Long);
        byStrike[20_900].Should().Be(SpikeDirection.Long);
        byStrike[20_800].Should().Be(SpikeDirection.Short);
        byStrike[21_200].Should().Be(SpikeDirection.Flat);
    }

    [Fact]
    public void Signals_are_ordered_by_class_then_dollar_size()
    {
        var inputs = new[] { Call(21_000, 1_000, 100, last: 20), Call(21_100, 5_000, 100, last: 1), Call(21_200, 1_000, 100, last: 30) };

        var signals = VolumeOiSpike.Evaluate(inputs, 21_000, Defaults);

        signals.Select(s => s.Strike).Should().Equal(21_100, 21_200, 21_000);
    }

    [Fact]
    public void From_snapshot_carries_the_aggressor_split_so_sold_calls_are_short_and_sold_puts_long()
    {
        var snapshot = new NQStream.Market.Chain.ChainSnapshotBuilder("replay")
            .Add(new NQStream.Market.Chain.OptionQuote
            {
                StrikeRaw = NQStream.Market.Chain.OptionQuote.ToRaw(21_000), Type = OptionType.Call, Volume = 2_000, BuyVolume = 400, SellVolume = 1_500, OpenInterest = 100, Last = 60,
            })
            .Add(new NQStream.Market.Chain.OptionQuote
            {
                StrikeRaw = NQStream.Market.Chain.OptionQuote.ToRaw(20_900), Type = OptionType.Put, Volume = 2_000, BuyVolume = 300, SellVolume = 1_700, OpenInterest = 100, Last = 60,
            })
            .Add(new NQStream.Market.Chain.OptionQuote
            {
                StrikeRaw = NQStream.Market.Chain.OptionQuote.ToRaw(21_100), Type = OptionType.Call, Volume = 2_000, OpenInterest = 100, Last = 60,
            })
            .Build();

        var inputs = VolumeOiSpike.FromSnapshot(snapshot);
        inputs.Select(i => (i.Strike, i.BuyVolume, i.SellVolume)).Should().Equal((20_900.0, 300L, 1_700L), (21_000.0, 400L, 1_500L), (21_100.0, (long?)null, (long?)null));

        var signals = VolumeOiSpike.Evaluate(inputs, 21_000, Defaults);
        signals.OrderBy(s => s.Strike).Select(s => s.Direction).Should().Equal(SpikeDirection.Long, SpikeDirection.Short, SpikeDirection.Unknown);
    }
}
