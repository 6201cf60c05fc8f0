namespace NQStream.Operators.Evaluation;

/// <summary>Calibration of one key for one trade date.</summary>
/// <param name="Key">The key.</param>
/// <param name="N">Resolved outcomes in the trailing window (timeouts per policy).</param>
/// <param name="Hits">Hits among them.</param>
/// <param name="Probability">Wilson lower bound of the hit rate when N ≥ min_calibration_n; null means "use the option-implied prior".</param>
public sealed record CalibrationCell(CalibrationKey Key, long N, long Hits, double? Probability);
