using System.Diagnostics;
using NQStream.Operators.Options;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// The in-stream resolver of §6.1. Each scored candidate registers a bracket (<see cref="Track"/>); every valid mid
/// of a future is fed in (<see cref="OnMid{TSink}"/>), and brackets resolve on the mids of their underlying that
/// come strictly after t₀:
/// <list type="bullet">
/// <item>HIT when d·(mid − F₀) ≥ target before d·(mid − F₀) ≤ −stop;</item>
/// <item>MISS when the stop is reached first, or when both are reached by mids of the same <c>ts_event</c> (one
/// book update may carry several records; their order inside one timestamp decides nothing, so a hit is only
/// final once event time moves past it);</item>
/// <item>TIMEOUT when event time passes t₀ + horizon (a mid stamped exactly t₀ + horizon still counts);</item>
/// <item>UNRESOLVED at <see cref="Flush{TSink}"/> when the data ended before the horizon did.</item>
/// </list>
/// Event time is the largest <c>ts_event</c> given to <see cref="OnMid{TSink}"/> or <see cref="AdvanceTo{TSink}"/>;
/// a mid stamped earlier (ts_event is not monotone across instruments in a ts_recv-ordered file) is taken at that
/// time. Gaps (session breaks) have no mids: the horizon runs on in event time. Emission order is deterministic:
/// outcomes released by an advance of event time come sorted by (resolved ts, registration order), then the misses
/// of the current mid in registration order, so resolved ts never decreases while event time does not.
/// Steady state allocates nothing: open brackets live in a small array per underlying.
/// </summary>
[DebuggerDisplay("{OpenCount} open, event time {EventTime}")]
public sealed partial class BracketTracker
{
    private readonly Dictionary<uint, UnderlyingBrackets> _byUnderlying = [];
    private readonly List<UnderlyingBrackets> _slots = [];
    private long _nextSequence;
    private long _minDeadline = long.MaxValue;
    private int _pendingHits;

    /// <summary>Creates a tracker with the accuracy bracket of §6.1 (target, stop, horizon of <paramref name="options"/>).</summary>
    /// <param name="options">Accuracy options.</param>
    public BracketTracker(AccuracyOptions options)
        : this(Validated(options).Target, options.Stop, options.Horizon)
    {
    }

    /// <summary>Creates a tracker with an explicit bracket (e.g. the EV bracket of §6.2).</summary>
    /// <param name="target">Favourable move that counts as a hit (points, &gt; 0).</param>
    /// <param name="stop">Adverse move that counts as a miss (points, &gt; 0).</param>
    /// <param name="horizon">Time allowed (&gt; 0).</param>
    public BracketTracker(double target, double stop, TimeSpan horizon)
    {
        if (!(target > 0) || !double.IsFinite(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "target must be a finite number of points > 0");
        }

        if (!(stop > 0) || !double.IsFinite(stop))
        {
            throw new ArgumentOutOfRangeException(nameof(stop), stop, "stop must be a finite number of points > 0");
        }

        if (horizon <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "horizon must be > 0");
        }

        Target = target;
        Stop = stop;
        HorizonNs = horizon.Ticks * 100;
    }

    /// <summary>Target (points).</summary>
    public double Target { get; }

    /// <summary>Stop (points).</summary>
    public double Stop { get; }

    /// <summary>Horizon (ns).</summary>
    public long HorizonNs { get; }

    /// <summary>Largest event time seen (ns); <see cref="long.MinValue"/> before the first.</summary>
    public long EventTime { get; private set; } = long.MinValue;

    /// <summary>Brackets not yet emitted.</summary>
    public int OpenCount { get; private set; }

    /// <summary>Registers a bracket for a scored candidate.</summary>
    /// <param name="signalId">Signal id (copied into the outcome).</param>
    /// <param name="tsEvent">t₀: the signal's <c>ts_event</c> (ns).</param>
    /// <param name="underlyingId">Underlying future whose mids decide the bracket.</param>
    /// <param name="direction">d: +1 bullish, −1 bearish.</param>
    /// <param name="f0">F₀: the underlying's valid mid at t₀ (points; a signal without one is not scored and not tracked).</param>
    public void Track(string signalId, long tsEvent, uint underlyingId, int direction, double f0)
    {
        ArgumentNullException.ThrowIfNull(signalId);
        if (direction is not (1 or -1))
        {
            BracketThrow.Direction(signalId, direction);
        }

        if (!double.IsFinite(f0))
        {
            BracketThrow.F0(signalId, f0);
        }

        if (!_byUnderlying.TryGetValue(underlyingId, out var slot))
        {
            slot = new UnderlyingBrackets(underlyingId);
            _byUnderlying.Add(underlyingId, slot);
            _slots.Add(slot);
        }

        var deadline = tsEvent > long.MaxValue - HorizonNs ? long.MaxValue : tsEvent + HorizonNs;
        slot.Add(new OpenBracket
        {
            SignalId = signalId,
            SignalTs = tsEvent,
            Deadline = deadline,
            Sequence = _nextSequence++,
            Direction = direction,
            F0 = f0,
            LastMid = double.NaN,
            PendingHitTs = long.MinValue,
        });
        OpenCount++;
        _minDeadline = Math.Min(_minDeadline, deadline);
    }

    /// <summary>
    /// Feeds one valid mid of a future: first releases what the advance of event time resolves (pending hits, timeouts
    /// on every underlying), then applies the mid to the open brackets of <paramref name="underlyingId"/>.
    /// </summary>
    /// <typeparam name="TSink">Outcome sink (a struct, devirtualised).</typeparam>
    /// <param name="underlyingId">The future.</param>
    /// <param name="tsEvent"><c>ts_event</c> of the update (ns).</param>
    /// <param name="mid">Its valid mid (points, finite).</param>
    /// <param name="sink">Receives resolved outcomes.</param>
    public void OnMid<TSink>(uint underlyingId, long tsEvent, double mid, ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        if (!double.IsFinite(mid))
        {
            BracketThrow.Mid(underlyingId, tsEvent, mid);
        }

        var now = Math.Max(tsEvent, EventTime);
        Release(now, ref sink);
        if (!_byUnderlying.TryGetValue(underlyingId, out var slot) || slot.Count == 0)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < slot.Count; i++)
        {
            ref var b = ref slot[i];
            if (b.SignalTs < now && Apply(ref b, slot.UnderlyingId, now, mid, ref sink))
            {
                continue;
            }

            if (kept != i)
            {
                slot[kept] = b;
            }

            kept++;
        }

        slot.Truncate(kept);
    }

    /// <summary>Moves event time forward (a heartbeat or any other record) and releases what that resolves.</summary>
    /// <typeparam name="TSink">Outcome sink.</typeparam>
    /// <param name="tsEvent">Event time (ns); earlier than <see cref="EventTime"/> is a no-op.</param>
    /// <param name="sink">Receives resolved outcomes.</param>
    public void AdvanceTo<TSink>(long tsEvent, ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        Release(Math.Max(tsEvent, EventTime), ref sink);
    }

    /// <summary>
    /// End of stream: a pending hit is a HIT, a bracket whose horizon ended by the last event time is a TIMEOUT, every
    /// other open bracket is UNRESOLVED (resolved ts = last event time, never before t₀). Sorted by (resolved ts,
    /// registration order); the tracker is empty afterwards.
    /// </summary>
    /// <typeparam name="TSink">Outcome sink.</typeparam>
    /// <param name="sink">Receives the outcomes.</param>
    public void Flush<TSink>(ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        Collect(EventTime, flush: true);
        EmitReleased(ref sink);
    }

    private static AccuracyOptions Validated(AccuracyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options;
    }

    private static BracketOutcome OutcomeOf(in OpenBracket b, uint underlyingId, long resolvedTs, BracketResolution resolution, double mid) =>
        new(b.SignalId, underlyingId, b.SignalTs, resolvedTs, resolution, b.Direction, b.F0, mid, b.MaxFavourable, b.MaxAdverse);

    // Applies one mid; true when the bracket resolved as a MISS (emitted here) and must be removed.
    private bool Apply<TSink>(ref OpenBracket b, uint underlyingId, long now, double mid, ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        var x = b.Direction * (mid - b.F0);
        b.LastMid = mid;
        b.MaxFavourable = Math.Max(b.MaxFavourable, x);
        b.MaxAdverse = Math.Max(b.MaxAdverse, -x);
        if (x <= -Stop)
        {
            if (b.HitPending)
            {
                _pendingHits--;
            }

            OpenCount--;
            sink.Emit(OutcomeOf(in b, underlyingId, now, BracketResolution.Miss, mid));
            return true;
        }

        if (!b.HitPending && x >= Target)
        {
            b.PendingHitTs = now;
            b.PendingHitMid = mid;
            _pendingHits++;
        }

        return false;
    }

    private void Release<TSink>(long now, ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        if (now <= EventTime)
        {
            return;
        }

        EventTime = now;
        if (_pendingHits == 0 && now <= _minDeadline)
        {
            return;
        }

        Collect(now, flush: false);
        EmitReleased(ref sink);
    }

    // Moves every bracket that is final at `now` (event time has moved past it) into the release buffer, sorted by
    // (resolved ts, sequence); at flush, every bracket.
    private void Collect(long now, bool flush)
    {
        _releasedCount = 0;
        _minDeadline = long.MaxValue;
        foreach (var slot in _slots)
        {
            var kept = 0;
            for (var i = 0; i < slot.Count; i++)
            {
                ref var b = ref slot[i];
                if (b.HitPending && (flush || b.PendingHitTs < now))
                {
                    _pendingHits--;
                    AddReleased(OutcomeOf(in b, slot.UnderlyingId, b.PendingHitTs, BracketResolution.Hit, b.PendingHitMid), b.Sequence);
                    continue;
                }

                if (flush ? b.Deadline <= EventTime : b.Deadline < now)
                {
                    AddReleased(OutcomeOf(in b, slot.UnderlyingId, b.Deadline, BracketResolution.Timeout, b.LastMid), b.Sequence);
                    continue;
                }

                if (flush)
                {
                    AddReleased(OutcomeOf(in b, slot.UnderlyingId, Math.Max(EventTime, b.SignalTs), BracketResolution.Unresolved, b.LastMid), b.Sequence);
                    continue;
                }

                _minDeadline = Math.Min(_minDeadline, b.Deadline);
                if (kept != i)
                {
                    slot[kept] = b;
                }

                kept++;
            }

            slot.Truncate(kept);
        }

        OpenCount -= _releasedCount;
    }
}
