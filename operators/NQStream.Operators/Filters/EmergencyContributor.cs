namespace NQStream.Operators.Filters;

/// <summary>One instrument's share of an emergency window (docs/algorithms.md §5.3 <c>top_contributors</c>).</summary>
/// <param name="InstrumentId">Option instrument id.</param>
/// <param name="FuturesEquivalent">Σ s·q·Δ of its events in the window, NQ futures-equivalent contracts.</param>
public readonly record struct EmergencyContributor(uint InstrumentId, double FuturesEquivalent);
