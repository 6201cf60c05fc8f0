using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// The scored set of §6.1: the first emission per (instrument, ToD bucket) that reaches HIGH or IMMEDIATE, and
/// each EMERGENCY firing; never <c>SUSPECT</c>, never without direction. De-duplication: a signal is not scored
/// while an earlier scored signal with the same underlying and direction is still unresolved (its resolution
/// time is after this signal's <c>ts_event</c>), so clusters count once. Candidates are visited in
/// (<c>ts_event</c>, instrument, id) order.
/// </summary>
public static class ScoredSet
{
    /// <summary>Selects the scored candidates.</summary>
    /// <param name="candidates">All candidates, any order.</param>
    /// <returns>The scored candidates in visiting order.</returns>
    public static IReadOnlyList<ScoringCandidate> Select(IReadOnlyList<ScoringCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = new List<ScoringCandidate>(candidates);
        ordered.Sort(static (a, b) =>
        {
            var c = a.Signal.TsEvent.CompareTo(b.Signal.TsEvent);
            if (c == 0) { c = a.Signal.InstrumentId.CompareTo(b.Signal.InstrumentId); }
            return c != 0 ? c : string.CompareOrdinal(a.Signal.Id, b.Signal.Id);
        });

        var firstSeen = new HashSet<(uint Instrument, long Bucket)>();
        var openUntil = new Dictionary<(uint Underlying, SignalDirection Direction), long>();
        var scored = new List<ScoringCandidate>();
        foreach (var c in ordered)
        {
            var s = c.Signal;
            bool eligible;
            if (s.Kind == SignalKind.Emergency)
            {
                eligible = true;
            }
            else if (s.Priority >= SignalPriority.High)
            {
                eligible = firstSeen.Add((s.InstrumentId, c.BucketStart));
            }
            else
            {
                eligible = false;
            }

            if (!eligible || c.Suspect || s.Direction == SignalDirection.Neutral)
            {
                continue;
            }

            var cluster = (s.UnderlyingId, s.Direction);
            if (openUntil.TryGetValue(cluster, out var until) && until > s.TsEvent)
            {
                continue;
            }

            openUntil[cluster] = c.ResolvedTs;
            scored.Add(c);
        }

        return scored;
    }
}
