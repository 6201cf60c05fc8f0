using FluentAssertions;
using NQStream.Market.Sessions;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>Trade dates and time-of-day buckets on the America/Chicago clock, across DST changes.</summary>
public sealed class TradingSessionTests
{
    private static long Utc(int y, int mo, int d, int h, int mi, int s = 0) =>
        new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;

    [Theory]
    // Spring forward 2025-03-09: CST (UTC−6) before, CDT (UTC−5) after.
    [InlineData(2025, 3, 6, 22, 59, "2025-03-06")] // Thu 16:59 CST
    [InlineData(2025, 3, 6, 23, 0, "2025-03-07")]  // Thu 17:00 CST opens Friday's session
    [InlineData(2025, 3, 7, 22, 30, "2025-03-07")] // Fri 16:30 CST (break)
    [InlineData(2025, 3, 7, 23, 30, "2025-03-10")] // Fri 17:30 CST: no session until Sunday → Monday
    [InlineData(2025, 3, 9, 21, 59, "2025-03-10")] // Sun 16:59 CDT (weekend) → Monday
    [InlineData(2025, 3, 9, 22, 0, "2025-03-10")]  // Sun 17:00 CDT opens Monday's session
    [InlineData(2025, 3, 10, 21, 59, "2025-03-10")] // Mon 16:59 CDT
    [InlineData(2025, 3, 10, 22, 0, "2025-03-11")] // Mon 17:00 CDT
    // Fall back 2025-11-02: CDT before, CST after.
    [InlineData(2025, 10, 31, 21, 59, "2025-10-31")] // Fri 16:59 CDT
    [InlineData(2025, 11, 2, 22, 59, "2025-11-03")] // Sun 16:59 CST → Monday
    [InlineData(2025, 11, 2, 23, 0, "2025-11-03")]  // Sun 17:00 CST
    [InlineData(2025, 11, 3, 22, 59, "2025-11-03")] // Mon 16:59 CST
    [InlineData(2025, 11, 3, 23, 0, "2025-11-04")]  // Mon 17:00 CST
    public void Trade_date(int y, int mo, int d, int h, int mi, string expected) =>
        TradingSession.TradeDateOf(Utc(y, mo, d, h, mi)).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Session_bounds_and_buckets_shift_with_dst()
    {
        TradingSession.OpenNs(new DateOnly(2025, 3, 10)).Should().Be(Utc(2025, 3, 9, 22, 0));
        TradingSession.OpenNs(new DateOnly(2025, 3, 7)).Should().Be(Utc(2025, 3, 6, 23, 0));
        TradingSession.CloseNs(new DateOnly(2025, 11, 3)).Should().Be(Utc(2025, 11, 3, 22, 0));
        TradingSession.CloseNs(new DateOnly(2025, 10, 31)).Should().Be(Utc(2025, 10, 31, 21, 0));
        TradingSession.BucketOf(Utc(2025, 3, 9, 22, 0)).Should().Be(0);
        TradingSession.BucketOf(Utc(2025, 3, 10, 13, 30)).Should().Be(31, "08:30 CDT");
        TradingSession.BucketOf(Utc(2025, 3, 6, 14, 30)).Should().Be(31, "08:30 CST");
        TradingSession.BucketOf(Utc(2025, 3, 10, 20, 59, 59)).Should().Be(45, "15:59:59 CDT");
        TradingSession.BucketOf(Utc(2025, 3, 10, 21, 30)).Should().Be(-1, "16:30 CDT maintenance break");
        TradingSession.BucketOf(Utc(2025, 3, 8, 12, 0)).Should().Be(-1, "Saturday");
    }

    [Fact]
    public void Tzdata_offsets_follow_the_us_rule_since_2007()
    {
        // Second Sunday of March 02:00 CST → CDT; first Sunday of November 02:00 CDT → CST.
        for (var year = 2010; year <= 2035; year++)
        {
            var march = NthSunday(year, 3, 2);
            var november = NthSunday(year, 11, 1);
            var start = Utc(year, 3, march, 8, 0); // 02:00 CST
            var end = Utc(year, 11, november, 7, 0); // 02:00 CDT
            CentralTime.OffsetAt(start - 1).Should().Be(TimeSpan.FromHours(-6), $"{year} before spring forward");
            CentralTime.OffsetAt(start).Should().Be(TimeSpan.FromHours(-5), $"{year} after spring forward");
            CentralTime.OffsetAt(end - 1).Should().Be(TimeSpan.FromHours(-5), $"{year} before fall back");
            CentralTime.OffsetAt(end).Should().Be(TimeSpan.FromHours(-6), $"{year} after fall back");
        }

        FluentActions.Invoking(() => CentralTime.ToUnixNs(new DateOnly(2025, 3, 9), new TimeOnly(2, 30)))
            .Should().Throw<ArgumentException>().WithMessage("*does not exist in America/Chicago*");
    }

    private static int NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return 1 + offset + (7 * (n - 1));
    }
}
