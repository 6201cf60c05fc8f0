namespace NQStream.Operators.Signals;

/// <summary>
/// Total, deterministic queue order of §5.6: priority (most urgent first), then confirmed class (highest first),
/// then |$Δ| descending, then <c>ts_event</c>, then <c>instrument_id</c>, then id (ordinal) as the last tie-break.
/// </summary>
public sealed class SignalQueueOrder : IComparer<Signal>
{
    /// <summary>The shared instance.</summary>
    public static SignalQueueOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Signal? x, Signal? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var c = y.Priority.CompareTo(x.Priority);
        if (c == 0) { c = y.Class.CompareTo(x.Class); }
        if (c == 0) { c = Math.Abs(y.DollarDelta).CompareTo(Math.Abs(x.DollarDelta)); }
        if (c == 0) { c = x.TsEvent.CompareTo(y.TsEvent); }
        if (c == 0) { c = x.InstrumentId.CompareTo(y.InstrumentId); }
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
