using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Matches signals to ground-truth labels for <c>nqstream evaluate</c>: a signal matches a label on the same
/// instrument, of any kind, when label.ts_event − window ≤ signal.ts_event ≤ label.ts_event_last + window (both edges
/// inclusive) — a block that also lifts its strike's volume ratio is one institutional event seen by two operators.
/// An emergency is labelled on the underlying future, so an emergency label also matches signals on options of that
/// future. Precision is per signal kind (signals of the kind that match any label); recall per label kind (labels
/// matched by any signal). Only signals and labels with <c>ts_event</c> in the covered range [rangeStart, rangeEnd] count, so
/// labels outside the replayed data are not counted as misses. Several signals may match one label (upgrades
/// re-emit); each counts as a true positive for precision, the label once for recall.
/// </summary>
public static class LabelMatcher
{
    /// <summary>Scores every kind (see <see cref="Evaluate"/>).</summary>
    /// <param name="signals">Emitted signals.</param>
    /// <param name="labels">Ground-truth labels.</param>
    /// <param name="window">Tolerance either side of a label's span (≥ 0).</param>
    /// <param name="rangeStart">First covered <c>ts_event</c> (ns, inclusive).</param>
    /// <param name="rangeEnd">Last covered <c>ts_event</c> (ns, inclusive).</param>
    public static IReadOnlyList<KindMatchScore> Match(IReadOnlyList<Signal> signals, IReadOnlyList<GroundTruthLabel> labels, TimeSpan window, long rangeStart, long rangeEnd) =>
        Evaluate(signals, labels, window, rangeStart, rangeEnd).ByKind;

    /// <summary>Scores every kind and reports, per signal, whether it matched a label and an informed label.</summary>
    /// <param name="signals">Emitted signals.</param>
    /// <param name="labels">Ground-truth labels.</param>
    /// <param name="window">Tolerance either side of a label's span (≥ 0).</param>
    /// <param name="rangeStart">First covered <c>ts_event</c> (ns, inclusive).</param>
    /// <param name="rangeEnd">Last covered <c>ts_event</c> (ns, inclusive).</param>
    public static LabelMatchResult Evaluate(IReadOnlyList<Signal> signals, IReadOnlyList<GroundTruthLabel> labels, TimeSpan window, long rangeStart, long rangeEnd)
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
        var groups = GroupInRange(labels, rangeStart, rangeEnd);
        var kinds = Enum.GetValues<SignalKind>();
        var nSignals = new int[kinds.Length];
        var nMatched = new int[kinds.Length];
        var detected = new bool[labels.Count];
        var perSignal = new SignalLabelMatch[signals.Count];
        for (var si = 0; si < signals.Count; si++)
        {
            var s = signals[si];
            if (s.TsEvent < rangeStart || s.TsEvent > rangeEnd)
            {
                continue;
            }

            var k = (int)s.Kind;
            nSignals[k]++;
            bool any = false, informed = false;
            Visit(groups, labels, detected, s.InstrumentId, s.TsEvent, windowNs, emergencyOnly: false, ref any, ref informed);
            if (s.UnderlyingId != s.InstrumentId)
            {
                // Emergencies are labelled on the underlying future: they cover the option flow that made them.
                Visit(groups, labels, detected, s.UnderlyingId, s.TsEvent, windowNs, emergencyOnly: true, ref any, ref informed);
            }

            nMatched[k] += any ? 1 : 0;
            perSignal[si] = new SignalLabelMatch(true, any, informed);
        }

        var nLabels = new int[kinds.Length];
        var nDetected = new int[kinds.Length];
        foreach (var g in groups.Values)
        {
            foreach (var i in g.Items)
            {
                var k = (int)labels[i].Kind;
                nLabels[k]++;
                nDetected[k] += detected[i] ? 1 : 0;
            }
        }

        var byKind = new KindMatchScore[kinds.Length];
        for (var k = 0; k < kinds.Length; k++)
        {
            byKind[k] = new KindMatchScore(kinds[k], nSignals[k], nMatched[k], nLabels[k], nDetected[k],
                nSignals[k] == 0 ? null : (double)nMatched[k] / nSignals[k],
                nLabels[k] == 0 ? null : (double)nDetected[k] / nLabels[k]);
        }

        return new LabelMatchResult(byKind, perSignal);
    }

    private static void Visit(Dictionary<uint, (List<int> Items, long MaxSpan)> groups, IReadOnlyList<GroundTruthLabel> labels, bool[] detected, uint instrument, long ts, long windowNs, bool emergencyOnly, ref bool any, ref bool informed)
    {
        if (!groups.TryGetValue(instrument, out var g))
        {
            return;
        }

        // Labels sorted by start: candidates start no earlier than ts − window − the group's longest span.
        var first = LowerBound(g.Items, labels, ts - windowNs - g.MaxSpan);
        for (var j = first; j < g.Items.Count && labels[g.Items[j]].TsEvent - windowNs <= ts; j++)
        {
            var l = labels[g.Items[j]];
            if (l.TsEventLast + windowNs >= ts && (!emergencyOnly || l.Kind == SignalKind.Emergency))
            {
                detected[g.Items[j]] = true;
                any = true;
                informed |= l.Informed;
            }
        }
    }

    // Labels in range grouped by instrument, each group sorted by ts_event then id, with its longest span.
    private static Dictionary<uint, (List<int> Items, long MaxSpan)> GroupInRange(IReadOnlyList<GroundTruthLabel> labels, long rangeStart, long rangeEnd)
    {
        var groups = new Dictionary<uint, (List<int> Items, long MaxSpan)>();
        for (var i = 0; i < labels.Count; i++)
        {
            var l = labels[i];
            if (l.TsEvent < rangeStart || l.TsEvent > rangeEnd)
            {
                continue;
            }

            var key = l.InstrumentId;
            var g = groups.TryGetValue(key, out var found) ? found : ([], 0);
            g.Items.Add(i);
            groups[key] = (g.Items, Math.Max(g.MaxSpan, l.TsEventLast - l.TsEvent));
        }

        foreach (var g in groups.Values)
        {
            g.Items.Sort((a, b) => labels[a].TsEvent != labels[b].TsEvent ? labels[a].TsEvent.CompareTo(labels[b].TsEvent) : string.CompareOrdinal(labels[a].Id, labels[b].Id));
        }

        return groups;
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
