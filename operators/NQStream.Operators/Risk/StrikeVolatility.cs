namespace NQStream.Operators.Risk;

/// <summary>The implied volatility shared by the call and the put of one (expiry, strike) row (§3: from the OTM option).</summary>
/// <param name="StrikeRaw">Strike, fixed point 1e-9.</param>
/// <param name="ExpirationNs">Expiry instant (UNIX ns), null when unknown.</param>
/// <param name="Years">Time to expiry T in years (unfloored), null when unknown.</param>
/// <param name="Volatility">σ per √year, null when none.</param>
/// <param name="Source">The rule that produced it.</param>
public readonly record struct StrikeVolatility(long StrikeRaw, long? ExpirationNs, double? Years, double? Volatility, IvSource Source);
