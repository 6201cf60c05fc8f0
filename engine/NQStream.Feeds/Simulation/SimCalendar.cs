namespace NQStream.Feeds.Simulation;

/// <summary>
/// Calendar arithmetic for the simulator's listings and sessions. Central Time conversion itself is
/// <see cref="Market.Sessions.CentralTime"/> (one implementation of America/Chicago for the engine).
/// </summary>
internal static class SimCalendar
{
    public const long NsPerSecond = 1_000_000_000L;
    public const long NsPerMinute = 60 * NsPerSecond;
    public const long NsPerHour = 60 * NsPerMinute;
    public const long NsPerDay = 24 * NsPerHour;

    /// <summary>UTC ns of <paramref name="date"/> at hh:mm Central time.</summary>
    public static ulong ToUtcNs(DateOnly date, int hour, int minute) =>
        (ulong)Market.Sessions.CentralTime.ToUnixNs(date, new TimeOnly(hour, minute));

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
