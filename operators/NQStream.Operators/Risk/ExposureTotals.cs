namespace NQStream.Operators.Risk;

/// <summary>Portfolio totals of one underlying, or overall (algorithms.md §7.1).</summary>
/// <param name="Underlying">Underlying symbol; "*" for the overall totals.</param>
/// <param name="NetExposure">Σ exposure ($/pt).</param>
/// <param name="GrossExposure">Σ |exposure| ($/pt).</param>
/// <param name="NetNotional">Σ notional ($).</param>
/// <param name="GrossNotional">Σ |notional| ($).</param>
/// <param name="DollarGamma">Σ dollar gamma ($ per 1 %).</param>
/// <param name="DollarVega">Σ dollar vega ($ per vol point).</param>
/// <param name="ThetaPerDay">Σ theta ($ per day).</param>
/// <param name="StopRisk">Σ stop risk ($, an upper bound).</param>
public sealed record ExposureTotals(string Underlying, double NetExposure, double GrossExposure, double NetNotional, double GrossNotional, double DollarGamma, double DollarVega, double ThetaPerDay, double StopRisk);
