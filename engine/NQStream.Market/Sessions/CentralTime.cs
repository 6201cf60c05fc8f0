namespace NQStream.Market.Sessions;

/// <summary>
/// The exchange clock, America/Chicago (docs/algorithms.md §0.2), from the system time-zone database
/// (tzdata; works with InvariantGlobalization). Conversions are of event timestamps from the data, never the wall clock.
/// </summary>
public static class CentralTime
{
    /// <summary>The IANA id of the CME clock.</summary>
    public const string ZoneId = "America/Chicago";

    private const long TicksPerNanosecondDivisor = 100;

    /// <summary>The America/Chicago zone (tzdata must be installed; .ci/install does so).</summary>
    public static TimeZoneInfo Zone { get; } = Load();

    /// <summary>Central Time wall clock of a UNIX-epoch nanosecond timestamp.</summary>
    public static DateTime ToCentral(long unixNs)
    {
        var utc = DateTime.UnixEpoch.AddTicks(FloorDiv(unixNs, TicksPerNanosecondDivisor));
        return TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
    }

    /// <summary>UNIX-epoch nanoseconds of a Central Time wall-clock instant (<paramref name="date"/> at <paramref name="time"/>).</summary>
    /// <exception cref="ArgumentException">The wall-clock time does not exist (skipped by a DST change, 02:00–03:00 on the spring-forward day).</exception>
    public static long ToUnixNs(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} does not exist in {ZoneId} (DST change)", nameof(time));
        }

        // An ambiguous wall time (the repeated hour in November) resolves to standard time, as TimeZoneInfo does.
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, Zone);
        return (utc - DateTime.UnixEpoch).Ticks * TicksPerNanosecondDivisor;
    }

    /// <summary>UTC offset of Central Time at an instant: −5 h (CDT) or −6 h (CST).</summary>
    public static TimeSpan OffsetAt(long unixNs) =>
        Zone.GetUtcOffset(DateTime.UnixEpoch.AddTicks(FloorDiv(unixNs, TicksPerNanosecondDivisor)));

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new InvalidOperationException(
                $"time zone {ZoneId} not found: install the tzdata package (the CME clock needs it)", ex);
        }
    }
}
