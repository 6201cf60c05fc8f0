using System.Diagnostics;

namespace NQStream.Core.Metrics;

/// <summary>
/// Counters of one operator, written only by the operator's thread (plain stores, once per batch) and
/// read by metric exporters. Busy time is measured per batch, never per event.
/// </summary>
[DebuggerDisplay("{Name}: in {EventsIn}, out {EventsOut}, faults {Faults}")]
public sealed class OperatorCounters
{
    private long _eventsIn;
    private long _eventsOut;
    private long _busyTicks;
    private long _batches;
    private long _faults;

    /// <summary>Creates counters for the operator <paramref name="name"/>.</summary>
    public OperatorCounters(string name) => Name = name;

    /// <summary>The operator name (the metric tag).</summary>
    public string Name { get; }

    /// <summary>Events delivered to the operator.</summary>
    public long EventsIn => Volatile.Read(ref _eventsIn);

    /// <summary>Events the operator released to the stages after it (handled or skipped after a fault).</summary>
    public long EventsOut => Volatile.Read(ref _eventsOut);

    /// <summary>Time spent handling events, in <see cref="Stopwatch"/> ticks.</summary>
    public long BusyTicks => Volatile.Read(ref _busyTicks);

    /// <summary>Time spent handling events.</summary>
    public TimeSpan BusyTime => Stopwatch.GetElapsedTime(0, BusyTicks);

    /// <summary>Batches handled (the mean batch size is <see cref="EventsIn"/> / <see cref="Batches"/>).</summary>
    public long Batches => Volatile.Read(ref _batches);

    /// <summary>Events on which the operator threw.</summary>
    public long Faults => Volatile.Read(ref _faults);

    /// <summary>Records a handled batch (operator thread only).</summary>
    public void RecordBatch(long events, long busyTicks)
    {
        Volatile.Write(ref _eventsIn, _eventsIn + events);
        Volatile.Write(ref _eventsOut, _eventsOut + events);
        Volatile.Write(ref _busyTicks, _busyTicks + busyTicks);
        Volatile.Write(ref _batches, _batches + 1);
    }

    /// <summary>Records a fault (operator thread only).</summary>
    public void RecordFault() => Volatile.Write(ref _faults, _faults + 1);
}
