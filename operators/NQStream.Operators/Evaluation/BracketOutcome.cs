using System.Diagnostics;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// One resolved bracket of <see cref="BracketTracker"/> (§6.1). Excursions are in index points and never
/// negative: <see cref="MaxFavourable"/> = max d·(mid − F₀), <see cref="MaxAdverse"/> = max −d·(mid − F₀), over
/// the mids the bracket saw (0 when it saw none in that direction).
/// </summary>
/// <param name="SignalId">Id of the signal the bracket belongs to.</param>
/// <param name="UnderlyingId">Instrument id of the underlying future whose mids were followed.</param>
/// <param name="SignalTs">t₀: <c>ts_event</c> of the signal (ns).</param>
/// <param name="ResolvedTs">
/// When it resolved (ns): the <c>ts_event</c> of the deciding mid for HIT and MISS, t₀ + horizon for TIMEOUT, the
/// last event time the tracker saw (never before t₀) for UNRESOLVED.
/// </param>
/// <param name="Resolution">Hit, miss, timeout or unresolved.</param>
/// <param name="Direction">d: +1 bullish, −1 bearish.</param>
/// <param name="F0">F₀: the underlying's mid at t₀ (points).</param>
/// <param name="ResolvedMid">The deciding mid for HIT and MISS; the last mid seen after t₀ for TIMEOUT and UNRESOLVED, NaN when there was none.</param>
/// <param name="MaxFavourable">Maximum favourable excursion (points, ≥ 0).</param>
/// <param name="MaxAdverse">Maximum adverse excursion (points, ≥ 0).</param>
[DebuggerDisplay("{SignalId} {Resolution} at {ResolvedTs}")]
public readonly record struct BracketOutcome(
    string SignalId,
    uint UnderlyingId,
    long SignalTs,
    long ResolvedTs,
    BracketResolution Resolution,
    int Direction,
    double F0,
    double ResolvedMid,
    double MaxFavourable,
    double MaxAdverse);
