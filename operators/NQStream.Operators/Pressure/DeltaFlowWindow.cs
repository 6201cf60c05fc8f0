namespace NQStream.Operators.Pressure;

/// <summary>Delta-weighted flow of one key in one tumbling window (docs/algorithms.md §4.3 outputs), FE = NQ futures-equivalent contracts.</summary>
/// <param name="Key">Instrument id, or underlying future id for <see cref="UnderlyingPressure"/>.</param>
/// <param name="StartNs">Window start.</param>
/// <param name="EndNs">Window end (exclusive).</param>
/// <param name="FeBuy">Σ of the positive s·q·Δ terms, FE.</param>
/// <param name="FeSell">Σ of the negative s·q·Δ terms, FE.</param>
/// <param name="FeNet">FeBuy + FeSell, FE.</param>
/// <param name="DollarDeltaNet">M·FeNet, $ per index point.</param>
/// <param name="NEvents">Aggressor events in the window (all sides, with or without Δ).</param>
/// <param name="FeMissingQty">Quantity of signed events excluded because Δ was null.</param>
public readonly record struct DeltaFlowWindow(
    uint Key,
    long StartNs,
    long EndNs,
    double FeBuy,
    double FeSell,
    double FeNet,
    double DollarDeltaNet,
    int NEvents,
    long FeMissingQty);
