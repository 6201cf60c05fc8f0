using FluentAssertions;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

/// <summary>
/// Realistic magnitudes, measured from the decoded files (not from the simulator's own counters) and
/// checked against the bands documented in the README's Simulator section.
/// </summary>
[Collection(SimulationCollection.Name)]
public sealed class MagnitudeTests(SimulatedMarket market)
{
    [Fact]
    public void Action_ratios_option_share_and_events_per_instrument_are_in_their_bands()
    {
        var all = market.Days.SelectMany(d => d.Mbo).ToList();
        double Count(char a) => all.Count(m => m.Action == (byte)a);
        var adds = Count('A');
        (Count('C') / adds).Should().BeInRange(0.9, 1.1, "almost every added order is cancelled, some partly");
        (Count('T') / adds).Should().BeInRange(0.01, 0.15);
        (Count('M') / adds).Should().BeInRange(0.8, 3.0, "re-quote waves modify more than they add");
        Count('F').Should().BeGreaterThanOrEqualTo(Count('T'));

        var futures = market.Days[0].Definitions.Where(d => d.InstrumentClass == (byte)'F').Select(d => d.Hd.InstrumentId).ToHashSet();
        var optionShare = all.Count(m => !futures.Contains(m.Hd.InstrumentId)) / (double)all.Count;
        optionShare.Should().BeInRange(0.80, 0.95);

        foreach (var (day, summary) in market.Days.Zip(market.Result.Days))
        {
            day.Mbo.Count.Should().BeInRange((int)(market.Options.EventsPerDay * 0.8), (int)(market.Options.EventsPerDay * 2.75), "opening quotes, closing cancels, re-quote waves over a growing chain and the refills after volume-floor shocks have a floor cost in a small day");
            var perOption = day.Mbo.Where(m => !futures.Contains(m.Hd.InstrumentId)).GroupBy(m => m.Hd.InstrumentId).Select(g => g.Count()).Order().ToList();
            var median = perOption[perOption.Count / 2];
            median.Should().BeInRange(50, 2_000);
            ((double)median).Should().Be(summary.OptionRecordsMedian);
        }
    }

    [Fact]
    public void Spreads_after_each_event_are_one_tick_in_futures_and_a_few_ticks_in_options()
    {
        var checker = new MboBookChecker();
        var day = market.Days[1];
        foreach (var d in day.Definitions.Where(d => d.InstrumentClass == (byte)'F'))
        {
            checker.Futures.Add(d.Hd.InstrumentId);
        }

        foreach (var m in day.Mbo)
        {
            checker.Apply(m);
        }

        var futureTicks = checker.FutureSpreadTicks / checker.FutureSpreadSamples;
        var optionTicks = checker.OptionSpreadTicks / checker.OptionSpreadSamples;
        futureTicks.Should().BeInRange(1.0, 1.5);
        optionTicks.Should().BeInRange(2.0, 8.0);
    }
}
