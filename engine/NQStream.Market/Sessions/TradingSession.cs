namespace NQStream.Market.Sessions;

/// <summary>
/// CME Globex trade dates (docs/algorithms.md §0.2): the session that opens 17:00 CT on calendar day D−1 and
/// closes 16:00 CT on day D is trade date D. An instant from 17:00 CT Friday to 17:00 CT Sunday opens no
/// session, so it belongs to the next trade date, Monday; holidays and early closes are configuration and not
/// applied here.
/// </summary>
public static class TradingSession
{
    /// <summary>Session open, Central Time, on the calendar day before the trade date.</summary>
    public static readonly TimeOnly OpenTime = new(17, 0);

    /// <summary>Session close, Central Time, on the trade date.</summary>
    public static readonly TimeOnly CloseTime = new(16, 0);

    /// <summary>Length of a time-of-day bucket.</summary>
    public const long BucketNs = 30L * 60 * 1_000_000_000;

    /// <summary>Number of 30-minute buckets in a full session (17:00–16:00 CT): 46.</summary>
    public const int BucketCount = 46;

    /// <summary>The trade date an instant belongs to.</summary>
    public static DateOnly TradeDateOf(long unixNs)
    {
        var ct = CentralTime.ToCentral(unixNs);
        var date = DateOnly.FromDateTime(ct);
        if (TimeOnly.FromDateTime(ct) >= OpenTime)
        {
            date = date.AddDays(1);
        }

        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
    }

    /// <summary>Open of the session of <paramref name="tradeDate"/>: 17:00 CT on the previous calendar day, ns.</summary>
    public static long OpenNs(DateOnly tradeDate) => CentralTime.ToUnixNs(tradeDate.AddDays(-1), OpenTime);

    /// <summary>Close of the session of <paramref name="tradeDate"/>: 16:00 CT on the day, ns.</summary>
    public static long CloseNs(DateOnly tradeDate) => CentralTime.ToUnixNs(tradeDate, CloseTime);

    /// <summary>
    /// The 30-minute time-of-day bucket b = floor((t − session open) / 30 min), 0..45 (17:00–17:30 CT is 0,
    /// 08:30–09:00 CT is 31, 15:30–16:00 CT is 45); −1 outside a session (the 16:00–17:00 break, weekends).
    /// </summary>
    public static int BucketOf(long unixNs)
    {
        var open = OpenNs(TradeDateOf(unixNs));
        var since = unixNs - open;
        if (since < 0)
        {
            return -1;
        }

        var b = since / BucketNs;
        return b < BucketCount ? (int)b : -1;
    }
}
