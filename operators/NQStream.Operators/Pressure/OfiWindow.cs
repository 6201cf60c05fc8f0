namespace NQStream.Operators.Pressure;

/// <summary>Order-flow imbalance of one tumbling window (§4.1 outputs).</summary>
/// <param name="StartNs">Window start (event time, ns).</param>
/// <param name="EndNs">Window end.</param>
/// <param name="Ofi">Σ e_n over transitions in the window (contracts or shares).</param>
/// <param name="DepthAvg">Time-weighted mean of (qb + qa) / 2 over OK states in the window; null when none.</param>
/// <param name="OfiNorm">Ofi / DepthAvg; null when DepthAvg is null or 0.</param>
/// <param name="MidStart">Mid (points) of the last OK state before the window start.</param>
/// <param name="MidEnd">Mid (points) of the last OK state before the window end.</param>
/// <param name="DMidPts">MidEnd − MidStart in points, exact from fixed point; null when either is missing.</param>
/// <param name="NTransitions">Transitions between two OK states.</param>
/// <param name="NSkipped">Transitions touching a non-OK state (contribute 0).</param>
public readonly record struct OfiWindow(
    long StartNs,
    long EndNs,
    long Ofi,
    double? DepthAvg,
    double? OfiNorm,
    double? MidStart,
    double? MidEnd,
    double? DMidPts,
    int NTransitions,
    int NSkipped);
