namespace NQStream.Feeds.Simulation;

/// <summary>What a run wrote: per-day summaries and the label count.</summary>
/// <param name="Days">One summary per trade date.</param>
/// <param name="LabelCount">Lines written to <c>labels.jsonl</c>.</param>
public sealed record SimulationResult(IReadOnlyList<DaySummary> Days, int LabelCount)
{
    /// <summary>MBO records over all days.</summary>
    public long MboRecords => Days.Sum(d => d.MboRecords);
}
