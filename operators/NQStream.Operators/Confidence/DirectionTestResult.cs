namespace NQStream.Operators.Confidence;

/// <summary>Result of the binomial direction test (§5.5).</summary>
/// <param name="Z">(V_B − V_A) / √n; null when n = 0.</param>
/// <param name="PValue">Two-sided p = erfc(|z| / √2); 1 when n = 0.</param>
/// <param name="N">Trials n = V_B + V_A.</param>
public readonly record struct DirectionTestResult(double? Z, double PValue, long N);
