namespace NQStream.Operators.Risk;

/// <summary>Risk of one position (algorithms.md §7.1).</summary>
/// <param name="InstrumentId">Instrument id.</param>
/// <param name="Underlying">Underlying symbol.</param>
/// <param name="Exposure">q·Δ·M, $ per index point.</param>
/// <param name="Notional">Exposure·F, $ (delta-adjusted).</param>
/// <param name="DollarGamma">q·Γ·M·F²·0.01, $ of delta change per 1 % move.</param>
/// <param name="DollarVega">q·vega·M/100, $ per vol point.</param>
/// <param name="ThetaPerDay">q·θ·M/365, $ per calendar day.</param>
/// <param name="StopRisk">stop_pts·|q·Δ|·M, $ (0 without a stop).</param>
public sealed record PositionRisk(uint InstrumentId, string Underlying, double Exposure, double Notional, double DollarGamma, double DollarVega, double ThetaPerDay, double StopRisk);
