namespace NQStream.Operators.Numerics;

/// <summary>One OLS fit y = α + β·x.</summary>
/// <param name="Beta">Slope β.</param>
/// <param name="Alpha">Intercept α.</param>
/// <param name="R2">Coefficient of determination.</param>
/// <param name="TStat">t statistic of β; null when the residuals vanish or n ≤ 2.</param>
/// <param name="N">Observations.</param>
public readonly record struct OlsFit(double Beta, double Alpha, double R2, double? TStat, long N);
