namespace NQStream.Operators.Baseline;

/// <summary>Trade-date history for the baseline: days strictly ascending by trade date.</summary>
public sealed class BaselineHistory
{
    private readonly BaselineDay[] _days;

    /// <summary>Wraps <paramref name="days"/>; they must be strictly ascending by trade date.</summary>
    public BaselineHistory(IReadOnlyList<BaselineDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = new BaselineDay[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            if (i > 0 && days[i].TradeDate <= days[i - 1].TradeDate)
            {
                throw new ArgumentException($"days must be strictly ascending: {days[i].TradeDate:yyyy-MM-dd} follows {days[i - 1].TradeDate:yyyy-MM-dd}", nameof(days));
            }

            _days[i] = days[i];
        }
    }

    /// <summary>The days, ascending.</summary>
    public IReadOnlyList<BaselineDay> Days => _days;

    /// <summary>A history holding only the last <paramref name="count"/> days.</summary>
    public BaselineHistory TakeLast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return count >= _days.Length ? this : new BaselineHistory(_days[^count..]);
    }

    /// <summary>Number of leading days whose date is before <paramref name="today"/>.</summary>
    internal int CountBefore(DateOnly today)
    {
        var n = 0;
        while (n < _days.Length && _days[n].TradeDate < today)
        {
            n++;
        }

        return n;
    }
}
