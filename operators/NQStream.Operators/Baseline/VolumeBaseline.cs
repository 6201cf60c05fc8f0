using NQStream.Operators.Options;

namespace NQStream.Operators.Baseline;

/// <summary>
/// The §5.4 baseline for one trade date ("today"): per cell, statistics over the last <c>history_days</c>
/// history trade dates before today that covered the cell's ToD bucket (a day without trades in the cell
/// counts as 0). Computed once per trade date; <see cref="Get"/> is an array read (no allocation).
/// </summary>
public sealed class VolumeBaseline
{
    private readonly CellBaseline[] _cells;

    private VolumeBaseline(DateOnly today, BaselineUnit unit, int historyDays, CellBaseline[] cells)
    {
        Today = today;
        Unit = unit;
        HistoryDays = historyDays;
        _cells = cells;
    }

    /// <summary>The trade date this baseline serves.</summary>
    public DateOnly Today { get; }

    /// <summary>Comparison unit the statistics were computed for.</summary>
    public BaselineUnit Unit { get; }

    /// <summary>History days taken (before coverage filtering).</summary>
    public int HistoryDays { get; }

    /// <summary>Statistics of cell <paramref name="cellIndex"/>.</summary>
    public ref readonly CellBaseline Get(int cellIndex) => ref _cells[cellIndex];

    /// <summary>Computes the baseline for <paramref name="today"/> from <paramref name="history"/>.</summary>
    public static VolumeBaseline Compute(BaselineHistory history, DateOnly today, BaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var end = history.CountBefore(today);
        var start = Math.Max(0, end - options.HistoryDays);
        var days = history.Days;
        var cells = new CellBaseline[BaselineCell.Count];
        var values = new double[end - start];
        var logs = new double[end - start];
        for (var c = 0; c < BaselineCell.Count; c++)
        {
            var tod = c % Market.Sessions.TradingSession.BucketCount;
            var n = 0;
            for (var d = start; d < end; d++)
            {
                var day = days[d];
                if (!day.Covers(tod))
                {
                    continue;
                }

                var x = options.BaselineUnit == BaselineUnit.PerCell ? day.Volume(c) : day.PerInstrument(c);
                values[n] = x;
                logs[n] = Math.Log(1.0 + x);
                n++;
            }

            if (n == 0)
            {
                continue;
            }

            var median = RobustStats.Median(values.AsSpan(0, n));
            var logMedian = RobustStats.Median(logs.AsSpan(0, n));
            var logMad = RobustStats.Mad(logs.AsSpan(0, n), logMedian);
            cells[c] = new CellBaseline(median, logMedian, logMad, n);
        }

        return new VolumeBaseline(today, options.BaselineUnit, end - start, cells);
    }
}
