namespace NQStream.Feeds.Simulation;

/// <summary>
/// Trade dates and Globex session bounds (algorithms.md §0.2): trade date D runs from 17:00 CT on D−1 to
/// 16:00 CT on D; Saturdays, Sundays and the configured holidays are not trade dates.
/// </summary>
internal sealed class TradingCalendar
{
    /// <summary>Length of a time-of-day bucket (§0.2).</summary>
    public const long BucketNs = 30 * SimCalendar.NsPerMinute;

    /// <summary>Buckets in a 23-hour session.</summary>
    public const int BucketCount = 46;

    private readonly HashSet<DateOnly> _holidays;

    public TradingCalendar(IEnumerable<DateOnly> holidays) => _holidays = [.. holidays];

    public bool IsTradeDate(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(d);

    /// <summary>The first trade date on or after <paramref name="d"/>.</summary>
    public DateOnly OnOrAfter(DateOnly d)
    {
        while (!IsTradeDate(d))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>The trade date after <paramref name="d"/>.</summary>
    public DateOnly Next(DateOnly d) => OnOrAfter(d.AddDays(1));

    /// <summary>The trade date before <paramref name="d"/>.</summary>
    public DateOnly Previous(DateOnly d)
    {
        d = d.AddDays(-1);
        while (!IsTradeDate(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    /// <summary>Session open of trade date <paramref name="d"/>: 17:00 CT on the previous calendar day.</summary>
    public static ulong SessionOpenNs(DateOnly d) => SimCalendar.ToUtcNs(d.AddDays(-1), 17, 0);

    /// <summary>Session close of trade date <paramref name="d"/>: 16:00 CT.</summary>
    public static ulong SessionCloseNs(DateOnly d) => SimCalendar.ToUtcNs(d, 16, 0);
}
