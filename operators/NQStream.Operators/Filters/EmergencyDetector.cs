using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;

namespace NQStream.Operators.Filters;

/// <summary>
/// Emergency detector (docs/algorithms.md §5.3): per underlying future u,
/// X_u(t) = k·Σ s·q·Δ over option aggressor events on u with ts ∈ (t − window, t], k = 100 for
/// <see cref="DeltaUnit.X100"/> (the earlier system's "share delta": 5,000 = 50 FE = $1,000 per index point) and
/// 1 for <see cref="DeltaUnit.Futures"/>. Fires (priority IMMEDIATE) when |X_u| ≥ threshold while armed, then
/// disarms until |X_u| &lt; rearm_ratio·threshold; both are evaluated at every event and whenever old events leave
/// the window (<see cref="AdvanceTo"/>).
/// </summary>
/// <remarks>
/// Inputs must be enriched: <see cref="AggressorEvent.UnderlyingId"/> and <see cref="AggressorEvent.Delta"/> set by
/// the caller. Events that are not options, have side <c>N</c>, a null Δ or no underlying are excluded and counted
/// (<see cref="Excluded"/>); expired options reach here with a null Δ. Event time only. State grows when a new
/// underlying is first seen or a window holds more events than ever before; the signal itself (rare) allocates.
/// </remarks>
public sealed class EmergencyDetector
{
    private const int MaxContributors = 5;

    private readonly Dictionary<uint, EmergencyWindow> _byUnderlying = [];
    private readonly List<EmergencyWindow> _ordered = [];
    private readonly double _k;
    private readonly double _threshold;
    private readonly double _rearm;
    private readonly long _windowNs;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">Configured parameters (<c>threshold</c>, <c>delta_unit</c>, <c>window</c>, <c>rearm_ratio</c>, <c>group_by</c>).</param>
    public EmergencyDetector(EmergencyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.GroupBy != EmergencyGroupBy.UnderlyingFuture)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.GroupBy, "emergency.group_by: expected underlying_future");
        }

        _k = options.DeltaUnit == DeltaUnit.X100 ? 100.0 : 1.0;
        _threshold = options.Threshold;
        _rearm = options.RearmRatio * options.Threshold;
        _windowNs = options.Window.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>Events excluded: not an option, side <c>N</c>, Δ null or underlying unknown.</summary>
    public long Excluded { get; private set; }

    /// <summary>Signals emitted.</summary>
    public long Fired { get; private set; }

    /// <summary>Current X_u in the configured unit (0 for an underlying never seen).</summary>
    public double CurrentX(uint underlyingId) => _byUnderlying.TryGetValue(underlyingId, out var w) ? _k * w.FeNet : 0.0;

    /// <summary>Whether the detector of <paramref name="underlyingId"/> is armed (true for an underlying never seen).</summary>
    public bool IsArmed(uint underlyingId) => !_byUnderlying.TryGetValue(underlyingId, out var w) || w.Armed;

    /// <summary>Adds one enriched option aggressor event; may emit a signal for its underlying.</summary>
    public void OnEvent<TSink>(in AggressorEvent e, ref TSink sink)
        where TSink : IOperatorSink<EmergencySignal>
    {
        if (!e.IsOption || e.Sign == 0 || e.Delta is not { } delta || e.UnderlyingId == 0)
        {
            Excluded++;
            return;
        }

        if (!_byUnderlying.TryGetValue(e.UnderlyingId, out var w))
        {
            w = new EmergencyWindow(e.UnderlyingId);
            _byUnderlying.Add(e.UnderlyingId, w);
            _ordered.Add(w);
        }

        w.EvictUpTo(e.TsEvent - _windowNs);
        w.Add(e.TsEvent, e.InstrumentId, e.Sign * e.Quantity * delta);
        Evaluate(w, e.TsEvent, ref sink);
    }

    /// <summary>Moves event time to <paramref name="tsNs"/>: drops events that left every window and re-evaluates (underlyings in first-seen order).</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<EmergencySignal>
    {
        for (var i = 0; i < _ordered.Count; i++)
        {
            var w = _ordered[i];
            var before = w.Count;
            w.EvictUpTo(tsNs - _windowNs);
            if (w.Count != before)
            {
                Evaluate(w, tsNs, ref sink);
            }
        }
    }

    private void Evaluate<TSink>(EmergencyWindow w, long tsNs, ref TSink sink)
        where TSink : IOperatorSink<EmergencySignal>
    {
        var x = _k * w.FeNet;
        var ax = Math.Abs(x);
        if (w.Armed)
        {
            if (ax >= _threshold)
            {
                w.Armed = false;
                Fired++;
                var signal = new EmergencySignal(
                    tsNs, w.UnderlyingId, tsNs - _windowNs, x, w.FeNet, w.FeBuy, w.FeSell, w.Count, Math.Sign(x), w.TopContributors(MaxContributors));
                sink.Emit(in signal);
            }
        }
        else if (ax < _rearm)
        {
            w.Armed = true;
        }
    }
}
