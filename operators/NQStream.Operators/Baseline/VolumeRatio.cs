using System.Runtime.InteropServices;
using NQStream.Market.Sessions;
using NQStream.Operators.Options;

namespace NQStream.Operators.Baseline;

/// <summary>
/// Volume ratio vs the 20-day baseline (docs/algorithms.md §5.4), updated on every trade. Per instrument and
/// ToD bucket it fixes the cell at the instrument's first trade with a cell and accumulates v; per_cell
/// compares the cell's total today instead. The baseline is recomputed when the trade date changes (from
/// history days before it only), so a replay over many days needs no outside help. Per trade the work is a
/// dictionary update and <see cref="RatioMath.Evaluate"/>: no allocation once an instrument has been seen.
/// </summary>
public sealed class VolumeRatio
{
    private const long SessionNs = TradingSession.BucketCount * TradingSession.BucketNs;
    private readonly BaselineHistory _history;
    private readonly BaselineOptions _options;
    private readonly Dictionary<uint, InstrumentBucket> _instruments = [];
    private readonly long[] _cellVolume = new long[BaselineCell.Count];
    private VolumeBaseline? _baseline;
    private long _sessionOpen = long.MinValue;

    /// <summary>Creates the operator over <paramref name="history"/> with the §5.4 parameters.</summary>
    public VolumeRatio(BaselineHistory history, BaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        _history = history;
        _options = options;
    }

    /// <summary>The baseline in use (null before the first trade).</summary>
    public VolumeBaseline? Baseline => _baseline;

    /// <summary>Trades that had no cell in their bucket yet (Δ null): counted in v, no ratio.</summary>
    public long TradesWithoutCell { get; private set; }

    /// <summary>
    /// Applies a trade of <paramref name="contracts"/> (any aggressor side) and evaluates the instrument's bucket.
    /// <paramref name="cell"/> is the cell at trade time, or null when Δ is null. False (and no result) when the
    /// trade is outside a session or its bucket has no cell yet.
    /// </summary>
    public bool OnTrade(long tsEventNs, uint instrumentId, uint contracts, BaselineCell? cell, out VolumeRatioResult result)
    {
        result = default;
        int tod;
        var since = tsEventNs - _sessionOpen;
        if (_baseline is not null && since >= 0 && since < SessionNs)
        {
            // Fast path: inside the cached session, no time-zone conversion.
            tod = (int)(since / TradingSession.BucketNs);
        }
        else
        {
            tod = TradingSession.BucketOf(tsEventNs);
            if (tod < 0)
            {
                return false;
            }

            var today = TradingSession.TradeDateOf(tsEventNs);
            _sessionOpen = TradingSession.OpenNs(today);
            if (_baseline is null || _baseline.Today != today)
            {
                _baseline = VolumeBaseline.Compute(_history, today, _options);
                Array.Clear(_cellVolume);
            }
        }

        var date = _baseline.Today;

        var key = ((long)date.DayNumber * TradingSession.BucketCount) + tod;
        ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(_instruments, instrumentId, out _);
        if (state.Key != key)
        {
            state.Key = key;
            state.CellIndex = -1;
            state.Volume = 0;
        }

        state.Volume += contracts;
        if (state.CellIndex < 0 && cell is { } c && c.TodBucket == tod)
        {
            state.CellIndex = c.Index;
        }

        if (state.CellIndex < 0)
        {
            TradesWithoutCell++;
            return false;
        }

        var volume = state.Volume;
        if (_options.BaselineUnit == BaselineUnit.PerCell)
        {
            volume = _cellVolume[state.CellIndex] += contracts;
        }

        var fixedCell = BaselineCell.FromIndex(state.CellIndex);
        result = RatioMath.Evaluate(fixedCell, volume, in _baseline.Get(state.CellIndex), _options);
        return true;
    }
}
