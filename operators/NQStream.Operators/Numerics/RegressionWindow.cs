namespace NQStream.Operators.Numerics;

/// <summary>A regression over the bins of one block (e.g. 30 min) or one trade date.</summary>
/// <param name="StartNs">Start of the first bin in the block.</param>
/// <param name="EndNs">End of the block.</param>
/// <param name="Fit">The OLS fit; null on zero variance or too few non-empty bins.</param>
/// <param name="Bins">Bins in the regression.</param>
/// <param name="NonEmptyBins">Bins that held at least one input record.</param>
public readonly record struct RegressionWindow(long StartNs, long EndNs, OlsFit? Fit, long Bins, long NonEmptyBins);
