namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>
/// One oracle bracket: a label "signalled" at <see cref="T0"/> in the direction of the sign of its delta, on its
/// underlying future, and how the §6.1 bracket on that future's mids ended.
/// </summary>
/// <param name="Label">The label.</param>
/// <param name="Start">Which of the label's timestamps is t₀.</param>
/// <param name="T0">t₀ (ns).</param>
/// <param name="Direction">d = sign(delta): +1, −1, or 0 for a label without direction.</param>
/// <param name="F0">F₀: the underlying's valid mid at t₀ (points); null when none.</param>
/// <param name="Status">Outcome.</param>
/// <param name="ResolvedTs">
/// When the bracket resolved (the tracker's resolved ts: deciding mid, horizon end, or the last event time); t₀ for a
/// bracket never tracked, so it blocks no cluster under de-duplication.
/// </param>
public sealed record CeilingBracket(GroundTruthLabel Label, CeilingStart Start, long T0, int Direction, double? F0, CeilingStatus Status, long ResolvedTs)
{
    /// <summary>Underlying future the bracket followed.</summary>
    public uint UnderlyingId => Label.UnderlyingId ?? 0;

    /// <summary>Whether it counts in n under the timeout policy miss (hit, miss or timeout).</summary>
    public bool IsResolved => Status is CeilingStatus.Hit or CeilingStatus.Miss or CeilingStatus.Timeout;
}
