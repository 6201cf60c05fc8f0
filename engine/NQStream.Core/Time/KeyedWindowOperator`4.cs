using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;
using NQStream.Core.Edges;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;

namespace NQStream.Core.Time;

/// <summary>
/// Tumbling or sliding event-time windows keyed by instrument (or any key). Each event is added to every
/// window containing its time; a window is emitted, final, once the watermark reaches its end, in
/// (end, key) order so the output is deterministic. An event whose earliest window is already final is
/// late: not applied, sent to the late side output and counted (<c>nqstream.window.late_events</c>).
/// At shutdown the remaining windows are emitted (end of input).
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
/// <typeparam name="TKeying">Key and source selector (struct).</typeparam>
/// <typeparam name="TAgg">The aggregate (struct).</typeparam>
/// <typeparam name="TAcc">The accumulator.</typeparam>
public sealed class KeyedWindowOperator<T, TKeying, TAgg, TAcc> : IValueEventHandler<T>
    where T : unmanaged, IEventTimestamps
    where TKeying : struct, IWindowKeying<T>
    where TAgg : struct, IWindowAggregate<T, TAcc>
{
    private static readonly Counter<long> LateCounter =
        CoreMeter.Meter.CreateCounter<long>(CoreMetricNames.LateEvents, "{event}", "Events that arrived after their window was final");

    private readonly Dictionary<(long Key, long Start), WindowSlot> _open = [];
    private readonly PriorityQueue<(long Key, long Start), (long End, long Key)> _byEnd = new();
    private readonly IOutput<WindowResult<TAcc>> _output;
    private readonly IOutput<T>? _lateOutput;
    private readonly KeyValuePair<string, object?> _tag;
    private readonly bool _useTsEvent;
    private TKeying _keying;
    private TAgg _aggregate;
    private long _late;
    private long _fired;

    /// <summary>Creates the operator.</summary>
    /// <param name="name">Operator name (metric tag).</param>
    /// <param name="spec">Window size and slide.</param>
    /// <param name="watermarks">Watermark settings (mode, lateness, sources, idleness).</param>
    /// <param name="output">Receives final windows.</param>
    /// <param name="lateOutput">Receives late events (side output); they are counted either way.</param>
    /// <param name="timeField">Which timestamp is event time (default <c>ts_event</c>).</param>
    /// <param name="keying">Key and source selector.</param>
    /// <param name="aggregate">The aggregate.</param>
    public KeyedWindowOperator(
        string name,
        WindowSpec spec,
        WatermarkOptions watermarks,
        IOutput<WindowResult<TAcc>> output,
        IOutput<T>? lateOutput = null,
        EventTimeField timeField = EventTimeField.TsEvent,
        TKeying keying = default,
        TAgg aggregate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Spec = spec;
        Watermarks = new WatermarkTracker(watermarks);
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _lateOutput = lateOutput;
        _useTsEvent = timeField == EventTimeField.TsEvent;
        _keying = keying;
        _aggregate = aggregate;
        _tag = new KeyValuePair<string, object?>("operator", name);
    }

    /// <summary>The operator name.</summary>
    public string Name { get; }

    /// <summary>The window size and slide.</summary>
    public WindowSpec Spec { get; }

    /// <summary>The watermark of this operator's input.</summary>
    public WatermarkTracker Watermarks { get; }

    /// <summary>Late events so far.</summary>
    public long LateEvents => Volatile.Read(ref _late);

    /// <summary>Windows emitted so far.</summary>
    public long WindowsFired => Volatile.Read(ref _fired);

    /// <summary>Windows currently open.</summary>
    public int OpenWindows => _open.Count;

    /// <inheritdoc />
    public void OnEvent(ref T evt, long sequence, bool endOfBatch)
    {
        var time = _useTsEvent ? evt.TsEvent : evt.TsRecv;
        var source = _keying.SourceOf(in evt);
        if (Spec.EarliestEnd(time) <= Watermarks.Current)
        {
            Volatile.Write(ref _late, _late + 1);
            LateCounter.Add(1, _tag);
            _lateOutput?.Emit(in evt);
        }
        else
        {
            Assign(in evt, time);
        }

        var advanced = Watermarks.Observe(source, time);
        if (endOfBatch && Watermarks.RefreshIdle())
        {
            advanced = true;
        }

        if (advanced)
        {
            FireUpTo(Watermarks.Current);
        }
    }

    /// <summary>Emits every open window (end of input), then completes the outputs.</summary>
    public void OnShutdown()
    {
        FireUpTo(long.MaxValue);
        _output.Complete();
        _lateOutput?.Complete();
    }

    private void Assign(in T evt, long time)
    {
        var key = _keying.KeyOf(in evt);
        var first = Spec.FirstStart(time);
        for (var start = Spec.LastStart(time); start >= first; start -= Spec.SlideNanos)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_open, (key, start), out var exists);
            if (!exists)
            {
                _byEnd.Enqueue((key, start), (start + Spec.SizeNanos, key));
            }

            slot.Count++;
            _aggregate.Add(ref slot.Value, in evt);
        }
    }

    private void FireUpTo(long watermark)
    {
        while (_byEnd.TryPeek(out var window, out var priority) && priority.End <= watermark)
        {
            _byEnd.Dequeue();
            _open.Remove(window, out var slot);
            Volatile.Write(ref _fired, _fired + 1);
            _output.Emit(new WindowResult<TAcc>(window.Key, window.Start, priority.End, slot.Count, slot.Value));
        }
    }

    private struct WindowSlot
    {
        public long Count;
        public TAcc Value;
    }
}
