using NQStream.Operators.Options;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Hit rate with its Wilson lower bound and the pass criterion of §6.1: "accuracy &gt; X" holds iff the Wilson
/// lower bound L &gt; X with n ≥ <c>min_n</c>. Timeouts count as misses (policy miss) or are left out (exclude).
/// </summary>
public static class HitRate
{
    /// <summary>Computes the statistic over resolved outcomes.</summary>
    /// <param name="outcomes">Outcomes of the scored set.</param>
    /// <param name="options">Accuracy options (timeout policy, confidence, min_n).</param>
    /// <param name="requiredAccuracy">X of "accuracy &gt; X", e.g. 0.75.</param>
    public static HitRateResult Compute(IReadOnlyList<AccuracyOutcome> outcomes, AccuracyOptions options, double requiredAccuracy)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        long hits = 0, misses = 0, timeouts = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i])
            {
                case AccuracyOutcome.Hit: hits++; break;
                case AccuracyOutcome.Miss: misses++; break;
                case AccuracyOutcome.Timeout: timeouts++; break;
                default: throw new ArgumentOutOfRangeException(nameof(outcomes), outcomes[i], $"unknown outcome at index {i}");
            }
        }

        var n = hits + misses + (options.TimeoutPolicy == TimeoutPolicy.Miss ? timeouts : 0);
        var wilson = WilsonInterval.Compute(hits, n, options.Confidence);
        double? rate = n == 0 ? null : (double)hits / n;
        var pass = wilson is WilsonInterval w && w.Lower > requiredAccuracy && n >= options.MinN;
        return new HitRateResult(n, hits, timeouts, rate, wilson?.Lower, pass);
    }

    /// <summary>The statistic per group (by priority, class, direction, expiry class, DTE bucket, ToD …), groups in key order.</summary>
    /// <typeparam name="TKey">Group key; ordered for a deterministic report.</typeparam>
    /// <param name="outcomes">Outcomes with their group keys.</param>
    /// <param name="options">Accuracy options.</param>
    /// <param name="requiredAccuracy">X of "accuracy &gt; X".</param>
    public static SortedDictionary<TKey, HitRateResult> ByGroup<TKey>(IReadOnlyList<KeyValuePair<TKey, AccuracyOutcome>> outcomes, AccuracyOptions options, double requiredAccuracy)
        where TKey : notnull, IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var groups = new SortedDictionary<TKey, List<AccuracyOutcome>>();
        foreach (var (key, outcome) in outcomes)
        {
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups[key] = list;
            }

            list.Add(outcome);
        }

        var result = new SortedDictionary<TKey, HitRateResult>();
        foreach (var (key, list) in groups)
        {
            result[key] = Compute(list, options, requiredAccuracy);
        }

        return result;
    }
}
