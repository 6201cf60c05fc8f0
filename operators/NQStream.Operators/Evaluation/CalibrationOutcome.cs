namespace NQStream.Operators.Evaluation;

/// <summary>One resolved outcome for calibration.</summary>
/// <param name="Key">Calibration key of the signal and bracket.</param>
/// <param name="ResolvedTradeDate">Trade date on which the outcome resolved.</param>
/// <param name="Outcome">Hit, miss or timeout under this bracket.</param>
public readonly record struct CalibrationOutcome(CalibrationKey Key, DateOnly ResolvedTradeDate, AccuracyOutcome Outcome);
