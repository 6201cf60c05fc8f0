namespace NQStream.Operators.Baseline;

/// <summary>
/// Baseline statistics of one cell over the history days that covered its ToD bucket (§5.4): the median of
/// the comparison unit, and the median and MAD of its log, ln(1 + x), for the robust z.
/// </summary>
/// <param name="Median">Median of the unit (u_d per instrument, or V_d per cell).</param>
/// <param name="LogMedian">Median of ln(1 + unit).</param>
/// <param name="LogMad">Median absolute deviation of ln(1 + unit) from <paramref name="LogMedian"/> (unscaled).</param>
/// <param name="DaysUsed">History days in the statistics.</param>
public readonly record struct CellBaseline(double Median, double LogMedian, double LogMad, int DaysUsed);
