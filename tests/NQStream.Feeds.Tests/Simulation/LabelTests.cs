using FluentAssertions;
using NQStream.Feeds.Simulation;
using NQStream.Market.Dbn.Records;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

[Collection(SimulationCollection.Name)]
public sealed class LabelTests(SimulatedMarket market)
{
    private List<MboMsg> Mbo(FlowLabel l) => market.Days.Single(d => d.Date == l.TradeDate).Mbo;

    [Fact]
    public void Every_kind_is_injected_and_counted_in_the_summary()
    {
        var o = market.Options;
        var byKind = market.Labels.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());
        byKind[LabelKind.Sweep].Should().BeInRange(o.SweepsPerDay * 3 * 8 / 10, o.SweepsPerDay * 3);
        byKind[LabelKind.Block].Should().BeInRange(o.BlocksPerDay * 3 * 8 / 10, o.BlocksPerDay * 3);
        byKind[LabelKind.Iceberg].Should().BeGreaterThanOrEqualTo(o.IcebergsPerDay * 3 / 2);
        byKind[LabelKind.VolumeShock].Should().BeGreaterThanOrEqualTo(o.VolumeShocksPerDay * 3 / 2);
        byKind[LabelKind.Emergency].Should().BeGreaterThanOrEqualTo(3);
        market.Labels.Select(l => l.Id).Should().OnlyHaveUniqueItems();
        market.Result.LabelCount.Should().Be(market.Labels.Count);
    }

    [Fact]
    public void Sweeps_and_blocks_are_aggressor_events_with_the_labelled_size_premium_and_levels()
    {
        foreach (var l in market.Labels.Where(l => l.Kind is LabelKind.Sweep or LabelKind.Block))
        {
            var trades = Mbo(l).Where(m => m.Hd.InstrumentId == l.InstrumentId && m.Hd.TsEvent == l.TsEvent && m.Action == (byte)'T').ToList();
            trades.Should().NotBeEmpty($"{l.Id} must be in the MBO");
            trades.Should().OnlyContain(t => t.Side == (byte)l.Side);
            trades.Sum(t => (long)t.Size).Should().Be(l.Contracts);
            var premium = trades.Sum(t => t.Price / 1e9 * t.Size * 20.0);
            premium.Should().BeApproximately(l.PremiumUsd, 0.02);
            var levels = trades.Select(t => t.Price).Distinct().Count();
            levels.Should().Be(l.Levels);
            if (l.Kind == LabelKind.Sweep)
            {
                levels.Should().BeGreaterThanOrEqualTo(2);
            }
            else
            {
                levels.Should().Be(1);
                l.PremiumUsd.Should().BeGreaterThanOrEqualTo(market.Options.BlockMinPremiumUsd);
            }
        }
    }

    [Fact]
    public void Icebergs_are_filled_by_aggressors_and_refilled_under_the_same_order_id_at_the_same_price()
    {
        var refilledSeen = 0;
        foreach (var l in market.Labels.Where(l => l.Kind == LabelKind.Iceberg))
        {
            var events = Mbo(l).Where(m => m.Hd.InstrumentId == l.InstrumentId && m.Hd.TsEvent >= l.TsEvent && m.Hd.TsEvent <= l.TsEventLast).ToList();
            var first = events.Where(m => m.Hd.TsEvent == l.TsEvent).ToList();
            first.Should().Contain(m => m.Action == (byte)'T' && m.Side != (byte)l.Side, $"{l.Id}: aggressors trade against the iceberg");
            var fills = events.Where(m => m.Action == (byte)'F' && m.Side == (byte)l.Side).ToList();
            fills.Sum(f => (long)f.Size).Should().BeGreaterThanOrEqualTo(l.Contracts);
            var refills = events.Where(m => m.Action == (byte)'A' && m.Side == (byte)l.Side && fills.Any(f => f.OrderId == m.OrderId && f.Price == m.Price && f.Hd.TsEvent == m.Hd.TsEvent)).ToList();
            refills.Should().HaveCount(l.Refills, $"{l.Id}: each refill re-adds the same order id in the fill's event");
            refilledSeen += refills.Count;
        }

        refilledSeen.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Volume_shocks_multiply_the_normal_volume_of_their_strike_and_bucket_4_to_60_times_or_reach_the_volume_floor()
    {
        foreach (var l in market.Labels.Where(l => l.Kind == LabelKind.VolumeShock))
        {
            var open = TradingCalendar.SessionOpenNs(l.TradeDate);
            var start = open + ((ulong)l.TodBucket * 1_800_000_000_000UL);
            var volume = Mbo(l).Where(m => m.Hd.InstrumentId == l.InstrumentId && m.Action == (byte)'T' && m.Hd.TsEvent >= start && m.Hd.TsEvent < start + 1_800_000_000_000UL).Sum(m => (long)m.Size);
            volume.Should().BeGreaterThanOrEqualTo(l.Contracts, $"{l.Id}: the injected trades are in the bucket");
            l.Multiplier.Should().BeGreaterThanOrEqualTo(4.0);
            if (l.Multiplier > 60.0)
            {
                l.Contracts.Should().BeLessThanOrEqualTo(market.Options.VolumeShockMinContracts, $"{l.Id}: only the volume floor lifts a shock past 60x");
            }

            if (l.NormalContracts >= 0.1)
            {
                // labels.jsonl rounds normal_contracts to 3 decimals: only meaningful where that is < 1 %.
                (volume / l.NormalContracts).Should().BeGreaterThanOrEqualTo((l.Multiplier - 1.0) * 0.99, "injected volume alone is (multiplier − 1) × normal");
            }
            l.TsEventLast.Should().BeLessThan(start + 1_800_000_000_000UL);
        }
    }

    [Fact]
    public void Emergencies_reach_5000_delta_within_five_minutes_and_nothing_else_does()
    {
        var emergencies = market.Labels.Where(l => l.Kind == LabelKind.Emergency).ToList();
        foreach (var l in emergencies)
        {
            Math.Abs(l.Delta).Should().BeGreaterThanOrEqualTo(market.Options.EmergencyDelta);
            (l.TsEventLast - l.TsEvent).Should().BeLessThan(300_000_000_000UL);
            l.Side.Should().Be(l.Delta > 0 ? 'B' : 'A');
            var underlyingOptions = market.Days.Single(d => d.Date == l.TradeDate).Definitions.Where(d => d.UnderlyingId == l.InstrumentId).Select(d => d.Hd.InstrumentId).ToHashSet();
            var traded = Mbo(l).Where(m => m.Action == (byte)'T' && m.Hd.TsEvent >= l.TsEvent && m.Hd.TsEvent <= l.TsEventLast && underlyingOptions.Contains(m.Hd.InstrumentId)).Sum(m => (long)m.Size);
            traded.Should().BeGreaterThanOrEqualTo(l.Contracts);
        }

        market.Labels.Where(l => l.Kind is LabelKind.Sweep or LabelKind.Block or LabelKind.Iceberg).Should().OnlyContain(l => Math.Abs(l.Delta) <= market.Options.QuietDeltaCap + 100);
        market.Result.Days.Should().OnlyContain(d => d.MaxQuietDelta < market.Options.EmergencyDelta);
    }

    [Fact]
    public void Informed_flow_moves_the_future_in_its_delta_direction()
    {
        double Rate(bool informed)
        {
            int hits = 0, n = 0;
            foreach (var l in market.Labels.Where(l => l.Informed == informed && l.Delta != 0))
            {
                var day = market.Days.Single(d => d.Date == l.TradeDate);
                var front = day.Definitions.First(d => d.InstrumentClass == (byte)'F').Hd.InstrumentId;
                var before = LastTrade(day.Mbo, front, l.TsEventLast);
                var after = LastTrade(day.Mbo, front, l.TsEventLast + 900_000_000_000UL);
                if (before is null || after is null || after == before)
                {
                    continue;
                }

                n++;
                hits += Math.Sign(after.Value - before.Value) == Math.Sign(l.Delta) ? 1 : 0;
            }

            n.Should().BeGreaterThan(20);
            return hits / (double)n;
        }

        var informedRate = Rate(true);
        var uninformedRate = Rate(false);
        informedRate.Should().BeGreaterThanOrEqualTo(0.65, "informed flow drifts the future 40 pts in its direction");
        uninformedRate.Should().BeInRange(0.2, 0.8);
        (informedRate - uninformedRate).Should().BeGreaterThan(0.15);
    }

    private static long? LastTrade(List<MboMsg> mbo, uint id, ulong ts)
    {
        long? price = null;
        foreach (var m in mbo)
        {
            if (m.Hd.TsEvent > ts)
            {
                break;
            }

            if (m.Hd.InstrumentId == id && m.Action == (byte)'T')
            {
                price = m.Price;
            }
        }

        return price;
    }
}
