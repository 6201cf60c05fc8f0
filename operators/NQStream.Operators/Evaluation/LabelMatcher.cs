using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Matches signals to ground-truth labels for <c>nqstream evaluate</c>: a signal matches a label of the same kind
/// and instrument when |signal.ts_event − label.ts_event| ≤ window. Only signals and labels with
/// <c>ts_event</c> in the covered range [rangeStart, rangeEnd] count, so labels outside the replayed data are not
/// counted as misses. Several signals may match one label (upgrades re-emit); each counts as a true positive for
/// precision, the label once for recall. Results come in <see cref="SignalKind"/> order, every kind present.
/// </summary>
public static class LabelMatcher
{
    /// <summary>Scores every kind.</summary>
    /// <param name="signals">Emitted signals.</param>
    /// <param name="labels">Ground-truth labels.</param>
    /// <param name="window">Largest |Δt| of a match (≥ 0).</param>
    /// <param name="rangeStart">First covered <c>ts_event</c> (ns, inclusive).</param>
    /// <param name="rangeEnd">Last covered <c>ts_event</c> (ns, inclusive).</param>
    public static IReadOnlyList<KindMatchScore> Match(IReadOnlyList<Signal> signals, IReadOnlyList<GroundTruthLabel> labels, TimeSpan window, long rangeStart, long rangeEnd)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(labels);
        if (window < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "match window must be ≥ 0");
        }

        if (rangeEnd < rangeStart)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeEnd), $"covered range is empty ({rangeStart} > {rangeEnd})");
        }

        var windowNs = window.Ticks * 100;

        // Labels in range grouped by (kind, instrument), each group sorted by ts_event then id.
        var groups = new Dictionary<(SignalKind, uint), List<int>>();
        for (var i = 0; i < labels.Count; i++)
        {
            var l = labels[i];
            if (l.TsEvent < rangeStart || l.TsEvent > rangeEnd)
            {
                continue;
            }

            if (!groups.TryGetValue((l.Kind, l.InstrumentId), out var g))
            {
                g = [];
                groups[(l.Kind, l.InstrumentId)] = g;
            }

            g.Add(i);
        }

        foreach (var g in groups.Values)
        {
            g.Sort((a, b) => labels[a].TsEvent != labels[b].TsEvent ? labels[a].TsEvent.CompareTo(labels[b].TsEvent) : string.CompareOrdinal(labels[a].Id, labels[b].Id));
        }

        var kinds = Enum.GetValues<SignalKind>();
        var nSignals = new int[kinds.Length];
        var nMatched = new int[kinds.Length];
        var detected = new bool[labels.Count];
        foreach (var s in signals)
        {
            if (s.TsEvent < rangeStart || s.TsEvent > rangeEnd)
            {
                continue;
            }

            var k = (int)s.Kind;
            nSignals[k]++;
            if (!groups.TryGetValue((s.Kind, s.InstrumentId), out var g))
            {
                continue;
            }

            var first = LowerBound(g, labels, s.TsEvent - windowNs);
            var any = false;
            for (var j = first; j < g.Count && labels[g[j]].TsEvent <= s.TsEvent + windowNs; j++)
            {
                detected[g[j]] = true;
                any = true;
            }

            if (any)
            {
                nMatched[k]++;
            }
        }

        var nLabels = new int[kinds.Length];
        var nDetected = new int[kinds.Length];
        foreach (var g in groups.Values)
        {
            foreach (var i in g)
            {
                var k = (int)labels[i].Kind;
                nLabels[k]++;
                nDetected[k] += detected[i] ? 1 : 0;
            }
        }

        var result = new KindMatchScore[kinds.Length];
        for (var k = 0; k < kinds.Length; k++)
        {
            result[k] = new KindMatchScore(kinds[k], nSignals[k], nMatched[k], nLabels[k], nDetected[k],
                nSignals[k] == 0 ? null : (double)nMatched[k] / nSignals[k],
                nLabels[k] == 0 ? null : (double)nDetected[k] / nLabels[k]);
        }

        return result;
    }

    private static int LowerBound(List<int> group, IReadOnlyList<GroundTruthLabel> labels, long ts)
    {
        int lo = 0, hi = group.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (labels[group[mid]].TsEvent < ts)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
