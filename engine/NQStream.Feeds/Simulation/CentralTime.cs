namespace NQStream.Feeds.Simulation;

/// <summary>
/// America/Chicago wall-clock times as UTC nanoseconds, with the US daylight-saving rule written out
/// (second Sunday of March to first Sunday of November, switching at 02:00) so results never depend on
/// the host's time-zone database.
/// </summary>
internal static class CentralTime
{
    public const long NsPerSecond = 1_000_000_000L;
    public const long NsPerMinute = 60 * NsPerSecond;
    public const long NsPerHour = 60 * NsPerMinute;
    public const long NsPerDay = 24 * NsPerHour;

    /// <summary>Whether a wall-clock time at or after 02:00 on <paramref name="date"/> is daylight time.</summary>
    public static bool IsDaylight(DateOnly date)
    {
        var start = NthWeekday(date.Year, 3, DayOfWeek.Sunday, 2);
        var end = NthWeekday(date.Year, 11, DayOfWeek.Sunday, 1);
        return date >= start && date < end;
    }

    /// <summary>UTC ns of <paramref name="date"/> at hh:mm Central time (hour ≥ 2 on switch days).</summary>
    public static ulong ToUtcNs(DateOnly date, int hour, int minute)
    {
        var offsetHours = IsDaylight(date) ? 5 : 6;
        return (ulong)(UtcMidnightNs(date) + ((hour + offsetHours) * NsPerHour) + (minute * NsPerMinute));
    }

    /// <summary>ns since the epoch of 00:00 UTC on <paramref name="date"/>.</summary>
    public static long UtcMidnightNs(DateOnly date) => (date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * NsPerDay;

    /// <summary>The <paramref name="n"/>-th <paramref name="day"/> of a month (n = 1..5; may fall in the next month for 5).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var delta = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(delta + (7 * (n - 1)));
    }

    /// <summary>Which occurrence of its weekday in its month <paramref name="date"/> is (1..5).</summary>
    public static int WeekdayOrdinal(DateOnly date) => ((date.Day - 1) / 7) + 1;

    /// <summary>Last Monday–Friday of the month (holidays are not modelled for expiries).</summary>
    public static DateOnly LastBusinessDay(int year, int month)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
