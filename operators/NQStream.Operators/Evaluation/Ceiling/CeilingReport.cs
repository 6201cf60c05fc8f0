using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>
/// The accuracy ceiling: hit rates of the oracle brackets (<see cref="LabelOracle"/>) per start (last, then first):
/// per kind × informed, pooled × informed, pooled after de-duplication over every label, and informed after
/// de-duplication over the informed labels only. Rows come in that order, kinds in enum order, informed before
/// uninformed; every combination is present (a group without labels has n = 0 and no rate).
/// </summary>
public static class CeilingReport
{
    /// <summary>Builds the rows.</summary>
    /// <param name="brackets">Every oracle bracket (both starts).</param>
    /// <param name="options">Timeout policy and confidence of the statistic.</param>
    /// <param name="requiredAccuracy">X of "accuracy &gt; X" for <see cref="HitRateResult.Pass"/>, e.g. 0.75.</param>
    public static List<CeilingRow> Build(IReadOnlyList<CeilingBracket> brackets, AccuracyOptions options, double requiredAccuracy)
    {
        ArgumentNullException.ThrowIfNull(brackets);
        ArgumentNullException.ThrowIfNull(options);
        var rows = new List<CeilingRow>();
        var none = new HashSet<CeilingBracket>(ReferenceEqualityComparer.Instance);
        foreach (var start in (ReadOnlySpan<CeilingStart>)[CeilingStart.Last, CeilingStart.First])
        {
            var ofStart = brackets.Where(b => b.Start == start).ToList();
            foreach (var kind in Enum.GetValues<SignalKind>())
            {
                foreach (var informed in (ReadOnlySpan<bool>)[true, false])
                {
                    var group = ofStart.Where(b => b.Label.Kind == kind && b.Label.Informed == informed);
                    rows.Add(Tally(CeilingGroup.Kind, kind, informed, start, group, none, options, requiredAccuracy));
                }
            }

            foreach (var informed in (ReadOnlySpan<bool>)[true, false])
            {
                rows.Add(Tally(CeilingGroup.Pooled, null, informed, start, ofStart.Where(b => b.Label.Informed == informed), none, options, requiredAccuracy));
            }

            var droppedAll = CeilingDedup.Dropped(ofStart);
            foreach (var informed in (ReadOnlySpan<bool>)[true, false])
            {
                rows.Add(Tally(CeilingGroup.Dedup, null, informed, start, ofStart.Where(b => b.Label.Informed == informed), droppedAll, options, requiredAccuracy));
            }

            var informedOnly = ofStart.Where(b => b.Label.Informed).ToList();
            rows.Add(Tally(CeilingGroup.DedupInformedOnly, null, true, start, informedOnly, CeilingDedup.Dropped(informedOnly), options, requiredAccuracy));
        }

        return rows;
    }

    private static CeilingRow Tally(
        CeilingGroup group,
        SignalKind? kind,
        bool informed,
        CeilingStart start,
        IEnumerable<CeilingBracket> brackets,
        HashSet<CeilingBracket> dropped,
        AccuracyOptions options,
        double requiredAccuracy)
    {
        int labels = 0, noDirection = 0, noMid = 0, deduplicated = 0, unresolved = 0;
        var outcomes = new List<AccuracyOutcome>();
        long misses = 0;
        foreach (var b in brackets)
        {
            labels++;
            if (b.Status == CeilingStatus.NoDirection)
            {
                noDirection++;
            }
            else if (dropped.Contains(b))
            {
                deduplicated++;
            }
            else if (b.Status == CeilingStatus.NoMid)
            {
                noMid++;
            }
            else if (b.Status == CeilingStatus.Unresolved)
            {
                unresolved++;
            }
            else
            {
                outcomes.Add(b.Status switch
                {
                    CeilingStatus.Hit => AccuracyOutcome.Hit,
                    CeilingStatus.Miss => AccuracyOutcome.Miss,
                    _ => AccuracyOutcome.Timeout,
                });
                misses += b.Status == CeilingStatus.Miss ? 1 : 0;
            }
        }

        var result = HitRate.Compute(outcomes, options, requiredAccuracy);
        return new CeilingRow(group, kind, informed, start, labels, noDirection, noMid, deduplicated, unresolved, result.Hits, misses, result.Timeouts, result);
    }
}
