using FluentAssertions;
using NQStream.Market.Sessions;
using Xunit;

namespace NQStream.Market.Tests.Sessions;

/// <summary>The cached trade date equals <see cref="TradingSession.TradeDateOf"/> for any sequence of instants.</summary>
public sealed class TradeDateCacheTests
{
    private const long Minute = 60_000_000_000;

    [Fact]
    public void Forward_in_time_across_sessions_weekends_and_daylight_saving_changes()
    {
        var cache = default(TradeDateCache);
        var start = CentralTime.ToUnixNs(new DateOnly(2026, 2, 26), new TimeOnly(12, 0));
        var end = CentralTime.ToUnixNs(new DateOnly(2026, 11, 10), new TimeOnly(12, 0));
        var checkedDates = new HashSet<DateOnly>();
        for (long t = start; t < end; t += 7 * Minute)
        {
            var date = cache.Of(t);
            date.Should().Be(TradingSession.TradeDateOf(t));
            checkedDates.Add(date);
        }

        checkedDates.Should().Contain(new DateOnly(2026, 3, 9)).And.Contain(new DateOnly(2026, 11, 2), "both DST changes are crossed");
        var fivePm = CentralTime.ToUnixNs(new DateOnly(2026, 11, 4), new TimeOnly(17, 0));
        cache.Of(fivePm - 1).Should().Be(new DateOnly(2026, 11, 4));
        cache.Of(fivePm).Should().Be(new DateOnly(2026, 11, 5), "17:00 CT opens the next trade date");
        cache.Of(fivePm - 1).Should().Be(new DateOnly(2026, 11, 4), "going back re-reads the date");
    }

    [Fact]
    public void Random_order_instants_agree_with_the_uncached_date()
    {
        var cache = default(TradeDateCache);
        var random = new Random(11);
        var lo = CentralTime.ToUnixNs(new DateOnly(2026, 1, 1), new TimeOnly(0, 0));
        for (int i = 0; i < 20_000; i++)
        {
            long t = lo + (long)(random.NextDouble() * 365 * 24 * 60 * Minute);
            cache.Of(t).Should().Be(TradingSession.TradeDateOf(t), "instant {0}", t);
        }
    }
}
