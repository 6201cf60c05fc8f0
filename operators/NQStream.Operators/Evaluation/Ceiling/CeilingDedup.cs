namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>
/// The de-duplication rule of §6.1 applied to oracle brackets, as <see cref="ScoredSet"/> applies it to signals: a
/// bracket is dropped while an earlier kept bracket with the same underlying and direction is still unresolved (its
/// resolved ts is after this t₀). Brackets are visited in (t₀, instrument, label id) order; one without direction is
/// never a candidate; one never tracked (no mid) resolves at its t₀, so it blocks nothing; an unresolved one blocks
/// until the end of the data, as it does in <c>nqstream evaluate</c>.
/// </summary>
public static class CeilingDedup
{
    /// <summary>The brackets the rule drops (compared by reference).</summary>
    /// <param name="brackets">Candidates, any order (normally the brackets of one start).</param>
    public static HashSet<CeilingBracket> Dropped(IEnumerable<CeilingBracket> brackets)
    {
        ArgumentNullException.ThrowIfNull(brackets);
        var ordered = new List<CeilingBracket>();
        foreach (var b in brackets)
        {
            if (b.Direction != 0)
            {
                ordered.Add(b);
            }
        }

        ordered.Sort(static (a, b) =>
        {
            var c = a.T0.CompareTo(b.T0);
            if (c == 0) { c = a.Label.InstrumentId.CompareTo(b.Label.InstrumentId); }
            return c != 0 ? c : string.CompareOrdinal(a.Label.Id, b.Label.Id);
        });

        var dropped = new HashSet<CeilingBracket>(ReferenceEqualityComparer.Instance);
        var openUntil = new Dictionary<(uint Underlying, int Direction), long>();
        foreach (var b in ordered)
        {
            var cluster = (b.UnderlyingId, b.Direction);
            if (openUntil.TryGetValue(cluster, out var until) && until > b.T0)
            {
                dropped.Add(b);
                continue;
            }

            openUntil[cluster] = b.ResolvedTs;
        }

        return dropped;
    }
}
