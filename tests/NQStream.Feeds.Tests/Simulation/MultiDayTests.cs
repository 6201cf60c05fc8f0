using FluentAssertions;
using NQStream.Market.Dbn.Records;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

[Collection(SimulationCollection.Name)]
public sealed class MultiDayTests(SimulatedMarket market)
{
    [Fact]
    public void Consecutive_days_share_instruments_with_stable_ids_and_nothing_is_delisted_before_expiry()
    {
        for (var i = 1; i < market.Days.Count; i++)
        {
            var today = market.Days[i];
            var ids = today.Definitions.ToDictionary(d => d.RawSymbolText(), d => d.Hd.InstrumentId);
            var live = market.Days[i - 1].Definitions.Where(d => d.Expiration > today.MboMetadata.Start).ToList();
            live.Should().OnlyContain(d => ids.ContainsKey(d.RawSymbolText()) && ids[d.RawSymbolText()] == d.Hd.InstrumentId);
            (live.Count / (double)today.Definitions.Count).Should().BeGreaterThan(0.5);
        }

        market.Days.Select(d => d.Date.DayOfWeek).Should().Equal(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday);
    }

    [Fact]
    public void Open_interest_is_published_for_the_previous_day_and_evolves_with_volume()
    {
        static Dictionary<uint, long> Oi(DayFiles d) => d.Statistics.Where(s => s.StatType == 9).ToDictionary(s => s.Hd.InstrumentId, s => s.Quantity);
        static Dictionary<uint, long> Volume(DayFiles d) => d.Statistics.Where(s => s.StatType == 6).ToDictionary(s => s.Hd.InstrumentId, s => s.Quantity);

        var day1 = market.Days[0];
        var day2 = market.Days[1];
        var oi1 = Oi(day1);
        var oi2 = Oi(day2);
        var vol1 = Volume(day1);
        oi1.Values.Sum().Should().BeGreaterThan(10_000, "the first day starts from modelled open interest");
        var traded = vol1.Keys.Where(oi1.ContainsKey).Where(oi2.ContainsKey).ToList();
        traded.Should().NotBeEmpty();
        // Retail trades are capped in premium (noise_premium_cap_usd), so expensive strikes trade single lots whose
        // opening and closing often net out: a large minority of traded strikes, not most, change OI.
        traded.Count(id => oi2[id] != oi1[id]).Should().BeGreaterThan(traded.Count * 2 / 5, "OI changes where contracts traded");
        oi1.Keys.Where(id => !vol1.ContainsKey(id) && oi2.ContainsKey(id)).Should().OnlyContain(id => oi2[id] == oi1[id], "no volume, no OI change");
        foreach (var id in traded)
        {
            Math.Abs(oi2[id] - oi1[id]).Should().BeLessThanOrEqualTo(vol1[id]);
        }

        var prevRef = day2.Statistics.First(s => s.StatType == 9).TsRef;
        prevRef.Should().Be((ulong)(day1.Date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400_000_000_000UL);
        day2.Statistics.Where(s => s.StatType == 3).Should().NotBeEmpty("settlements of the previous day are published");
    }
}
