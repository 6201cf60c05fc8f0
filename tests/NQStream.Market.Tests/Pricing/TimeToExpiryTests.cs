using FluentAssertions;
using NQStream.Market.Pricing;
using Xunit;

namespace NQStream.Market.Tests.Pricing;

/// <summary>T = (expiration_ns − ts_event)/(365·86,400·1e9), ACT/365 on the exact expiry instant (algorithms.md §3).</summary>
public sealed class TimeToExpiryTests
{
    // NQZ5 quarterly options: last trade 2025-12-19 08:30 CT = 14:30 UTC.
    private static readonly long QuarterlyExpiryNs = new DateTimeOffset(2025, 12, 19, 14, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000L;

    [Fact]
    public void Thirty_calendar_days_before_expiry_is_30_over_365()
    {
        long ts = QuarterlyExpiryNs - (30L * 86_400 * 1_000_000_000);

        TimeToExpiry.Years(QuarterlyExpiryNs, ts).Should().Be(30.0 / 365.0);
    }

    [Fact]
    public void Counts_exact_nanoseconds_across_a_dst_change()
    {
        // 2025-11-02 CDT→CST: the 25-hour Chicago day is still 25·3600 s of real time; ACT/365 counts real time.
        long ts = new DateTimeOffset(2025, 11, 1, 14, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000L;
        long expiry = ts + (25L * 3_600 * 1_000_000_000) + 123;

        TimeToExpiry.Years(expiry, ts).Should().Be(((25.0 * 3_600 * 1e9) + 123) / TimeToExpiry.NanosecondsPerYear);
    }

    [Fact]
    public void Expired_and_expiring_instants_give_non_positive_T()
    {
        TimeToExpiry.Years(QuarterlyExpiryNs, QuarterlyExpiryNs).Should().Be(0.0);
        TimeToExpiry.IsExpired(QuarterlyExpiryNs, QuarterlyExpiryNs).Should().BeTrue();
        TimeToExpiry.IsExpired(QuarterlyExpiryNs, QuarterlyExpiryNs - 1).Should().BeFalse();
        TimeToExpiry.Years(QuarterlyExpiryNs, QuarterlyExpiryNs + 1_000_000_000).Should().BeNegative();
    }

    [Fact]
    public void Extreme_timestamps_do_not_overflow()
    {
        TimeToExpiry.Years(long.MaxValue, long.MinValue).Should().BeApproximately(18_446_744_073_709_551_615.0 / TimeToExpiry.NanosecondsPerYear, 1e-6);
        TimeToExpiry.Years(long.MinValue, long.MaxValue).Should().BeNegative();
    }

    [Fact]
    public void Greeks_floor_is_t_min_greeks()
    {
        double sixtySeconds = TimeToExpiry.FromSeconds(60);

        sixtySeconds.Should().Be(60.0 / 31_536_000.0);
        TimeToExpiry.ForGreeks(TimeToExpiry.FromSeconds(5), sixtySeconds).Should().Be(sixtySeconds);
        TimeToExpiry.ForGreeks(0.25, sixtySeconds).Should().Be(0.25);
    }

    [Fact]
    public void Nanoseconds_per_year_is_exact()
    {
        TimeToExpiry.NanosecondsPerYear.Should().Be(31_536_000_000_000_000.0);
        ((long)TimeToExpiry.NanosecondsPerYear).Should().Be(31_536_000_000_000_000L);
    }
}
