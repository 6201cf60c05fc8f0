namespace NQStream.Operators.Legacy;

/// <summary>Result of the positioning-risk operator.</summary>
/// <param name="Underlying">S used (points).</param>
/// <param name="CallRiskUsd">Σ OTM call risk ($).</param>
/// <param name="PutRiskUsd">Σ OTM put risk ($).</param>
/// <param name="Ratio">CallRisk / PutRisk; null when put risk is 0 (§0.3).</param>
/// <param name="Bias">Bias from the ratio.</param>
/// <param name="TotalRiskUsd">Call + put risk ($).</param>
/// <param name="Zones">The top zones by danger score.</param>
/// <param name="ZonesAtRisk">Number of strike sides with risk (before the top-N cut).</param>
public sealed record PositioningRiskResult(double Underlying, double CallRiskUsd, double PutRiskUsd, double? Ratio, RiskBias Bias, double TotalRiskUsd, IReadOnlyList<RiskZone> Zones, int ZonesAtRisk);
