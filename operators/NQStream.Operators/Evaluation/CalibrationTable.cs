using NQStream.Operators.Options;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Calibration table for trade date D (§6.2): per key, the outcomes resolved on the last <c>calibration_days</c>
/// trade dates strictly before D (so nothing resolved after D's session open is used: no look-ahead); with
/// ≥ <c>min_calibration_n</c> of them, p = Wilson lower bound of their hit rate, otherwise null (prior).
/// Rows are ordered by key (priority descending, then source, target, stop, horizon).
/// </summary>
public sealed class CalibrationTable
{
    private readonly Dictionary<CalibrationKey, CalibrationCell> _cells;

    private CalibrationTable(DateOnly tradeDate, Dictionary<CalibrationKey, CalibrationCell> cells, IReadOnlyList<CalibrationCell> rows)
    {
        TradeDate = tradeDate;
        _cells = cells;
        Rows = rows;
    }

    /// <summary>Trade date the table serves.</summary>
    public DateOnly TradeDate { get; }

    /// <summary>All keys with at least one outcome in the window, in key order.</summary>
    public IReadOnlyList<CalibrationCell> Rows { get; }

    /// <summary>Builds the table.</summary>
    /// <param name="outcomes">Resolved outcomes (any order).</param>
    /// <param name="tradeDates">The trade-date calendar (ascending, distinct); must contain every date before D that is to be counted.</param>
    /// <param name="tradeDate">D.</param>
    /// <param name="ev">EV options (min_calibration_n, calibration_days).</param>
    /// <param name="accuracy">Accuracy options (timeout policy, confidence).</param>
    public static CalibrationTable Build(IReadOnlyList<CalibrationOutcome> outcomes, IReadOnlyList<DateOnly> tradeDates, DateOnly tradeDate, ExpectedValueOptions ev, AccuracyOptions accuracy)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(tradeDates);
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(accuracy);
        for (var i = 1; i < tradeDates.Count; i++)
        {
            if (tradeDates[i] <= tradeDates[i - 1])
            {
                throw new ArgumentException($"trade dates must be ascending and distinct (index {i}: {tradeDates[i]:yyyy-MM-dd} after {tradeDates[i - 1]:yyyy-MM-dd})", nameof(tradeDates));
            }
        }

        // The window is the last calibration_days calendar entries before D.
        var before = 0;
        while (before < tradeDates.Count && tradeDates[before] < tradeDate)
        {
            before++;
        }

        var first = before == 0 ? tradeDate : tradeDates[Math.Max(0, before - ev.CalibrationDays)];
        var counts = new Dictionary<CalibrationKey, (long N, long Hits)>();
        foreach (var o in outcomes)
        {
            if (o.ResolvedTradeDate >= tradeDate || o.ResolvedTradeDate < first)
            {
                continue;
            }

            if (o.Outcome == AccuracyOutcome.Timeout && accuracy.TimeoutPolicy == TimeoutPolicy.Exclude)
            {
                continue;
            }

            var c = counts.GetValueOrDefault(o.Key);
            counts[o.Key] = (c.N + 1, c.Hits + (o.Outcome == AccuracyOutcome.Hit ? 1 : 0));
        }

        var cells = new Dictionary<CalibrationKey, CalibrationCell>(counts.Count);
        var rows = new List<CalibrationCell>(counts.Count);
        foreach (var (key, c) in counts)
        {
            double? p = c.N >= ev.MinCalibrationN ? WilsonInterval.Compute(c.Hits, c.N, accuracy.Confidence)!.Value.Lower : null;
            var cell = new CalibrationCell(key, c.N, c.Hits, p);
            cells[key] = cell;
            rows.Add(cell);
        }

        rows.Sort(static (a, b) => Compare(a.Key, b.Key));
        return new CalibrationTable(tradeDate, cells, rows);
    }

    /// <summary>The cell of a key, or an empty cell (N = 0, prior) when the window holds no outcome for it.</summary>
    /// <param name="key">Calibration key.</param>
    public CalibrationCell Lookup(CalibrationKey key) => _cells.TryGetValue(key, out var c) ? c : new CalibrationCell(key, 0, 0, null);

    private static int Compare(CalibrationKey a, CalibrationKey b)
    {
        var c = b.Priority.CompareTo(a.Priority);
        if (c == 0) { c = a.Source.CompareTo(b.Source); }
        if (c == 0) { c = a.TargetCentiPoints.CompareTo(b.TargetCentiPoints); }
        if (c == 0) { c = a.StopCentiPoints.CompareTo(b.StopCentiPoints); }
        return c != 0 ? c : a.Horizon.CompareTo(b.Horizon);
    }
}
