using System.Text.Json;
using FluentAssertions;
using NQStream.Feeds.Simulation;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

public sealed class CalendarTests
{
    [Fact]
    public void Roots_follow_the_cme_listing_rules()
    {
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 2)).Should().Be(("Q1A", ExpiryClass.Weekly));
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 11)).Should().Be(("Q2C", ExpiryClass.Weekly));
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 6)).Should().Be(("QN1", ExpiryClass.Weekly));
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 20)).Should().Be(("QN3", ExpiryClass.Monthly));
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 30)).Should().Be(("QNE", ExpiryClass.Monthly), "last business day: EOM, not Q5A");
        OptionSeriesCalendar.Classify(new DateOnly(2026, 12, 18)).Should().Be(("NQ", ExpiryClass.Quarterly));
        OptionSeriesCalendar.Classify(new DateOnly(2027, 1, 29)).Should().Be(("QNE", ExpiryClass.Monthly));
        OptionSeriesCalendar.Classify(new DateOnly(2026, 11, 7)).Should().BeNull("Saturday");
    }

    [Fact]
    public void Trade_dates_skip_weekends_and_holidays_and_sessions_open_at_17_ct()
    {
        var cal = new TradingCalendar([new DateOnly(2026, 11, 26)]);
        cal.Next(new DateOnly(2026, 11, 6)).Should().Be(new DateOnly(2026, 11, 9));
        cal.Next(new DateOnly(2026, 11, 25)).Should().Be(new DateOnly(2026, 11, 27));
        // Monday 2026-11-02 opens Sunday 17:00 CST = 23:00 UTC; in July (CDT) 22:00 UTC.
        TradingCalendar.SessionOpenNs(new DateOnly(2026, 11, 2)).Should().Be(Ns(2026, 11, 1, 23));
        TradingCalendar.SessionOpenNs(new DateOnly(2026, 7, 7)).Should().Be(Ns(2026, 7, 6, 22));
        TradingCalendar.SessionCloseNs(new DateOnly(2026, 11, 2)).Should().Be(Ns(2026, 11, 2, 22));
    }

    [Fact]
    public void Weeklies_exercise_into_the_next_quarterly_and_expire_at_15_ct()
    {
        var cal = new OptionSeriesCalendar(new TradingCalendar([]), new SimulationOptions());
        var series = cal.LiveSeries(new DateOnly(2026, 12, 14));
        var weekly = series.Single(s => s.Root == "Q2A");
        weekly.Underlying.Symbol.Should().Be("NQZ6");
        weekly.ExpirationNs.Should().Be(Ns(2026, 12, 14, 21));
        series.Single(s => s.ExpiryDate == new DateOnly(2026, 12, 21)).Underlying.Symbol.Should().Be("NQH7", "after NQZ6 expires on the 18th");
        series.Should().Contain(s => s.Root == "NQ" && s.Underlying.Symbol == "NQZ6");
        series.Should().NotContain(s => s.ExpiryDate == new DateOnly(2026, 12, 18) && s.Root != "NQ");
    }

    [SharedDataFact]
    public void Quarterly_expirations_match_real_nq_definitions()
    {
        var checkedCount = 0;
        foreach (var line in File.ReadLines(SharedData.DataPath("nq-real", "nq-option-definitions-2025-06-10.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var symbol = doc.RootElement.GetProperty("raw_symbol").GetString()!;
            var series = symbol[..symbol.IndexOf(' ', StringComparison.Ordinal)];
            var expiration = DateTimeOffset.Parse(doc.RootElement.GetProperty("expiration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var month = "FGHJKMNQUVXZ".IndexOf(series[2], StringComparison.Ordinal) + 1;
            var year = 2020 + (series[3] - '0') + (series[3] < '5' ? 10 : 0);
            var future = OptionSeriesCalendar.Quarterly(year, month);
            future.Symbol.Should().Be(series);
            ((long)future.ExpirationNs).Should().Be(expiration.ToUnixTimeMilliseconds() * 1_000_000L, symbol);
            checkedCount++;
        }

        checkedCount.Should().Be(1296);
    }

    private static ulong Ns(int y, int m, int d, int h) => (ulong)new DateTimeOffset(y, m, d, h, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000UL;
}
