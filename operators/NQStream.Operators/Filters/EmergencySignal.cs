namespace NQStream.Operators.Filters;

/// <summary>
/// An emergency (docs/algorithms.md §5.3). Priority is always IMMEDIATE. <see cref="X"/> is in the configured
/// <c>delta_unit</c> (x100: option contracts × Δ × 100; futures: FE); the FE fields are always in NQ
/// futures-equivalent contracts (×20 = $ per index point).
/// </summary>
/// <param name="TsEvent">Event time of the event that fired, ns.</param>
/// <param name="UnderlyingId">Instrument id of the underlying future (the group).</param>
/// <param name="WindowStartNs">Exclusive start of the rolling window, ts − window.</param>
/// <param name="X">k·Σ s·q·Δ in the window, configured unit.</param>
/// <param name="FeNet">Σ s·q·Δ in the window, FE.</param>
/// <param name="FeBuy">Σ of the positive terms, FE.</param>
/// <param name="FeSell">Σ of the negative terms, FE.</param>
/// <param name="NEvents">Events in the window.</param>
/// <param name="Direction">sign(X): +1 or −1.</param>
/// <param name="TopContributors">Up to 5 instruments by |FE| in the window, largest first (ties: lower id first).</param>
public sealed record class EmergencySignal(
    long TsEvent,
    uint UnderlyingId,
    long WindowStartNs,
    double X,
    double FeNet,
    double FeBuy,
    double FeSell,
    int NEvents,
    int Direction,
    IReadOnlyList<EmergencyContributor> TopContributors);
