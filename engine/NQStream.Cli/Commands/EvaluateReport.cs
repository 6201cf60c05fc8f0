using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Cli.Commands;

/// <summary>
/// The numbers of <c>nqstream evaluate</c>: label matching (precision and recall per kind and pooled, the
/// market-making false-positive rate) and the directional hit rate of the §6.1 scored set (overall, on informed
/// flow, by priority, by class, and a calibration table by priority and kind).
/// </summary>
internal sealed class EvaluateReport
{
    /// <summary>The hit rate must beat this (with the Wilson lower bound) for "accuracy &gt; 75 %" (§6.1).</summary>
    public const double RequiredAccuracy = 0.75;

    /// <summary>Kinds whose unmatched signals count as market-making false positives.</summary>
    public static readonly SignalKind[] InstitutionalKinds = [SignalKind.Sweep, SignalKind.Block, SignalKind.Iceberg];

    private static readonly int KindCount = Enum.GetValues<SignalKind>().Length;

    public required TimeSpan Window { get; init; }

    public required (long Start, long End)? Range { get; init; }

    public required int LabelsInFile { get; init; }

    public required IReadOnlyList<KindMatchScore> ByKind { get; init; }

    /// <summary>All kinds pooled: Kind is meaningless here (VolumeShock), the counts are sums.</summary>
    public required KindMatchScore Pooled { get; init; }

    public required int MmSignals { get; init; }

    public required int MmUnmatched { get; init; }

    public double? MmFalsePositiveRate => MmSignals == 0 ? null : (double)MmUnmatched / MmSignals;

    public required HitRateResult HitRate { get; init; }

    public required HitRateResult HitRateInformed { get; init; }

    public required int NSignals { get; init; }

    public required int NScored { get; init; }

    public required int NUnresolved { get; init; }

    public required int NNoOutcome { get; init; }

    public required IReadOnlyList<(SignalPriority Priority, HitRateResult Result)> ByPriority { get; init; }

    public required IReadOnlyList<(RatioClass Class, HitRateResult Result)> ByClass { get; init; }

    public required IReadOnlyList<(SignalPriority Priority, SignalKind Kind, HitRateResult Result)> Calibration { get; init; }

    public static EvaluateReport Build(EvaluateStore store, IReadOnlyList<GroundTruthLabel> labels, TimeSpan window, AccuracyOptions accuracy)
    {
        var signals = new Signal[store.Signals.Count];
        for (var i = 0; i < signals.Length; i++)
        {
            signals[i] = store.Signals[i].Signal;
        }

        // Without a covered range (empty store) nothing counts; an empty range keeps the matcher's rules unchanged.
        var range = store.Range ?? (long.MinValue, long.MinValue);
        var match = LabelMatcher.Evaluate(signals, store.Range is null ? [] : labels, window, range.Start, range.End);

        int mmSignals = 0, mmUnmatched = 0;
        foreach (var k in InstitutionalKinds)
        {
            var score = match.ByKind[(int)k];
            mmSignals += score.Signals;
            mmUnmatched += score.Signals - score.MatchedSignals;
        }

        // Scored set (§6.1): each signal offered with its bracket's resolution time; one without an outcome row
        // (no valid mid at t0, never tracked) resolves at once so it blocks no cluster, and is counted, not scored.
        var candidates = new List<ScoringCandidate>(signals.Length);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < signals.Length; i++)
        {
            var e = store.Signals[i];
            var resolved = store.Outcomes.TryGetValue(e.Signal.Id, out var o) ? o.Ts : e.Signal.TsEvent;
            candidates.Add(new ScoringCandidate(e.Signal, e.BucketStart, e.Suspect, resolved));
            index.TryAdd(e.Signal.Id, i);
        }

        var scored = ScoredSet.Select(candidates);
        var all = new List<AccuracyOutcome>();
        var informed = new List<AccuracyOutcome>();
        var byPriority = new List<KeyValuePair<int, AccuracyOutcome>>();
        var byClass = new List<KeyValuePair<int, AccuracyOutcome>>();
        var byKey = new List<KeyValuePair<int, AccuracyOutcome>>();
        int unresolved = 0, noOutcome = 0;
        foreach (var c in scored)
        {
            var s = c.Signal;
            if (!store.Outcomes.TryGetValue(s.Id, out var o))
            {
                noOutcome++;
                continue;
            }

            if (!BracketResolutionNames.TryGetAccuracyOutcome(o.Resolution, out var outcome))
            {
                unresolved++;
                continue;
            }

            all.Add(outcome);
            if (match.Signals[index[s.Id]].MatchedInformed)
            {
                informed.Add(outcome);
            }

            // Group keys sort ascending: ranks put the most urgent priority and the highest class first.
            byPriority.Add(new(Rank(s.Priority), outcome));
            byClass.Add(new(Rank(s.Class), outcome));
            byKey.Add(new((Rank(s.Priority) * KindCount) + (int)s.Kind, outcome));
        }

        return new EvaluateReport
        {
            Window = window,
            Range = store.Range,
            LabelsInFile = labels.Count,
            ByKind = match.ByKind,
            Pooled = Pool(match.ByKind),
            MmSignals = mmSignals,
            MmUnmatched = mmUnmatched,
            HitRate = Operators.Evaluation.HitRate.Compute(all, accuracy, RequiredAccuracy),
            HitRateInformed = Operators.Evaluation.HitRate.Compute(informed, accuracy, RequiredAccuracy),
            NSignals = signals.Length,
            NScored = scored.Count,
            NUnresolved = unresolved,
            NNoOutcome = noOutcome,
            ByPriority = [.. Group(byPriority, accuracy).Select(g => (PriorityOfRank(g.Key), g.Value))],
            ByClass = [.. Group(byClass, accuracy).Select(g => ((RatioClass)((int)RatioClass.Extreme - g.Key), g.Value))],
            Calibration = [.. Group(byKey, accuracy).Select(g => (PriorityOfRank(g.Key / KindCount), (SignalKind)(g.Key % KindCount), g.Value))],
        };
    }

    /// <summary>Kind name as in the labels file (<c>volume_shock</c>, <c>sweep</c> …).</summary>
    public static string KindName(SignalKind kind) => kind switch
    {
        SignalKind.VolumeShock => "volume_shock",
        SignalKind.Sweep => "sweep",
        SignalKind.Block => "block",
        SignalKind.Iceberg => "iceberg",
        _ => "emergency",
    };

    private static int Rank(SignalPriority p) => (int)SignalPriority.Immediate - (int)p;

    private static SignalPriority PriorityOfRank(int rank) => (SignalPriority)((int)SignalPriority.Immediate - rank);

    private static int Rank(RatioClass c) => (int)RatioClass.Extreme - (int)c;

    private static SortedDictionary<int, HitRateResult> Group(List<KeyValuePair<int, AccuracyOutcome>> outcomes, AccuracyOptions accuracy) =>
        Operators.Evaluation.HitRate.ByGroup(outcomes, accuracy, RequiredAccuracy);

    private static KindMatchScore Pool(IReadOnlyList<KindMatchScore> byKind)
    {
        int signals = 0, matched = 0, labels = 0, detected = 0;
        foreach (var k in byKind)
        {
            signals += k.Signals;
            matched += k.MatchedSignals;
            labels += k.Labels;
            detected += k.DetectedLabels;
        }

        return new KindMatchScore(SignalKind.VolumeShock, signals, matched, labels, detected,
            signals == 0 ? null : (double)matched / signals,
            labels == 0 ? null : (double)detected / labels);
    }
}
