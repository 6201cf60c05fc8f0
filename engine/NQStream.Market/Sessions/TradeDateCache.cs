namespace NQStream.Market.Sessions;

/// <summary>
/// <see cref="TradingSession.TradeDateOf"/> for event times that mostly stay within one session: the time-zone
/// conversion runs once per 17:00 CT boundary crossed, a range check otherwise. A mutable struct: keep it in a field.
/// </summary>
public struct TradeDateCache
{
    private long _fromNs;
    private long _toNs;
    private DateOnly _date;

    /// <summary>The trade date <paramref name="unixNs"/> belongs to (equal to <see cref="TradingSession.TradeDateOf"/>).</summary>
    /// <param name="unixNs">UNIX ns.</param>
    public DateOnly Of(long unixNs)
    {
        if (unixNs >= _fromNs && unixNs < _toNs)
        {
            return _date;
        }

        // The date is constant between two consecutive 17:00 CT instants (weekends map onto Monday as a whole).
        var ct = CentralTime.ToCentral(unixNs);
        var day = DateOnly.FromDateTime(ct);
        if (TimeOnly.FromDateTime(ct) < TradingSession.OpenTime)
        {
            day = day.AddDays(-1);
        }

        _fromNs = CentralTime.ToUnixNs(day, TradingSession.OpenTime);
        _toNs = CentralTime.ToUnixNs(day.AddDays(1), TradingSession.OpenTime);
        _date = TradingSession.TradeDateOf(unixNs);
        return _date;
    }
}
