using NQStream.Market.Sessions;

namespace NQStream.Operators.Baseline;

/// <summary>
/// Accumulates the §5.4 history from trades: per trade date and cell, V (all sides including <c>N</c>) and the
/// distinct instruments n. <see cref="Observe"/> records session coverage from any event time.
/// </summary>
public sealed class BaselineBuilder
{
    private readonly SortedDictionary<DateOnly, BaselineDay> _days = [];
    private readonly Dictionary<DateOnly, HashSet<long>> _seen = [];
    private HashSet<long> _currentSeen = [];
    private BaselineDay? _current;
    private DateOnly _currentDate;

    /// <summary>Trades added to a cell.</summary>
    public long TradesAdded { get; private set; }

    /// <summary>Trades without a cell (Δ null, unknown class, outside a session): counted, not added.</summary>
    public long TradesWithoutCell { get; private set; }

    /// <summary>Marks the ToD bucket of <paramref name="tsEventNs"/> as covered by its trade date's session.</summary>
    public void Observe(long tsEventNs)
    {
        var bucket = TradingSession.BucketOf(tsEventNs);
        if (bucket >= 0)
        {
            DayOf(TradingSession.TradeDateOf(tsEventNs)).Cover(bucket);
        }
    }

    /// <summary>
    /// Adds a trade of <paramref name="contracts"/> in <paramref name="instrumentId"/> to <paramref name="cell"/>;
    /// a zero-size print carries no volume and only marks coverage.
    /// </summary>
    public void AddTrade(long tsEventNs, uint instrumentId, uint contracts, BaselineCell cell)
    {
        var bucket = TradingSession.BucketOf(tsEventNs);
        if (bucket < 0 || bucket != cell.TodBucket)
        {
            throw new ArgumentException($"trade at ts_event {tsEventNs} is in ToD bucket {bucket}, cell has {cell.TodBucket}", nameof(cell));
        }

        var day = DayOf(TradingSession.TradeDateOf(tsEventNs));
        day.Cover(bucket);
        if (contracts == 0)
        {
            return;
        }

        var volume = day.Volume(cell.Index) + contracts;
        var instruments = day.Instruments(cell.Index);
        if (_currentSeen.Add(((long)cell.Index << 32) | instrumentId))
        {
            instruments++;
        }

        day.Set(cell.Index, volume, instruments);

        TradesAdded++;
    }

    /// <summary>Counts a trade that has no cell.</summary>
    public void SkipTrade() => TradesWithoutCell++;

    /// <summary>The history built so far, days ascending.</summary>
    public BaselineHistory Build() => new([.. _days.Values]);

    private BaselineDay DayOf(DateOnly date)
    {
        if (_current is not null && date == _currentDate)
        {
            return _current;
        }

        if (!_days.TryGetValue(date, out var day))
        {
            day = new BaselineDay(date, 0);
            _days.Add(date, day);
            _seen.Add(date, []);
        }

        // Distinct instruments are counted per trade date; a replay may revisit a date, so each keeps its set.
        _currentSeen = _seen[date];
        _current = day;
        _currentDate = date;
        return day;
    }
}
