using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>One position for the exposure operator (algorithms.md §7.1).</summary>
/// <param name="InstrumentId">Instrument id (data-derived).</param>
/// <param name="Underlying">The underlying future's symbol; totals are per underlying and overall.</param>
/// <param name="Quantity">Signed contracts q.</param>
/// <param name="IsFuture">True for a future (Δ = 1, Γ = vega = θ = 0).</param>
/// <param name="Forward">F of the underlying (points).</param>
/// <param name="Greeks">Black-76 greeks for an option (or from the last IV ≤ 15 min old); null → unpriced.</param>
/// <param name="StopPts">Stop distance in points, when the position has one.</param>
public readonly record struct PositionInput(uint InstrumentId, string Underlying, double Quantity, bool IsFuture, double Forward, Greeks? Greeks, double? StopPts);
