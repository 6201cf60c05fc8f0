using System.Diagnostics;
using NQStream.Operators.Options;

namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>
/// A perfect detector for the accuracy ceiling: it "signals" every label at two t₀ (<see cref="CeilingStart"/>) in
/// the direction d = sign(delta), on the label's underlying future, and resolves each bracket with the in-stream
/// resolver of §6.1 (<see cref="BracketTracker"/>) exactly as the pipeline does: F₀ is the underlying's last valid mid
/// at t₀ if it is at most <c>max_mid_age</c> old, and only mids after t₀ decide.
/// </summary>
/// <remarks>
/// Feed the valid mids of every future (<see cref="OnMid"/>) and event time (<see cref="AdvanceTo"/>) in stream order,
/// then call <see cref="Finish"/>. A bracket is registered lazily, just before event time first moves past its t₀, so
/// every mid stamped at or before t₀ is already known: F₀ is the last of them, and none of them decides the bracket.
/// </remarks>
[DebuggerDisplay("{_next} of {_order.Length} brackets registered")]
public sealed class LabelOracle
{
    private readonly BracketTracker _tracker;
    private readonly long _maxMidAgeNs;
    private readonly GroundTruthLabel[] _labels;
    private readonly Pending[] _pending;
    private readonly int[] _order;
    private readonly Dictionary<string, int> _byTrackId = new(StringComparer.Ordinal);
    private readonly Dictionary<uint, (long Ts, double Mid)> _mids = [];
    private int _next;
    private bool _finished;

    /// <summary>Creates the oracle over <paramref name="labels"/>: two brackets per label (t₀ = last, then t₀ = first).</summary>
    /// <param name="labels">Labels; each needs <see cref="GroundTruthLabel.UnderlyingId"/> and <see cref="GroundTruthLabel.Delta"/>.</param>
    /// <param name="accuracy">The §6.1 bracket (target, stop, horizon).</param>
    /// <param name="maxMidAge">Oldest mid that still counts as F₀ (<c>shared.max_mid_age</c>).</param>
    public LabelOracle(IReadOnlyList<GroundTruthLabel> labels, AccuracyOptions accuracy, TimeSpan maxMidAge)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(accuracy);
        if (maxMidAge < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMidAge), maxMidAge, "max_mid_age must be ≥ 0");
        }

        _tracker = new BracketTracker(accuracy);
        _maxMidAgeNs = maxMidAge.Ticks * TimeSpan.NanosecondsPerTick;
        _labels = [.. labels];
        _pending = new Pending[_labels.Length * 2];
        for (var i = 0; i < _labels.Length; i++)
        {
            var label = _labels[i] ?? throw new ArgumentException($"labels[{i}] is null", nameof(labels));
            if (label.UnderlyingId is null || label.Delta is null)
            {
                throw new ArgumentException($"label '{label.Id}' has no {(label.UnderlyingId is null ? "underlying_id" : "delta")}; the oracle needs both", nameof(labels));
            }

            var direction = Math.Sign(label.Delta.Value);
            _pending[2 * i] = new Pending(i, CeilingStart.Last, label.TsEventLast, direction);
            _pending[(2 * i) + 1] = new Pending(i, CeilingStart.First, label.TsEvent, direction);
        }

        _order = new int[_pending.Length];
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }

        Array.Sort(_order, (a, b) => _pending[a].T0 != _pending[b].T0 ? _pending[a].T0.CompareTo(_pending[b].T0) : a.CompareTo(b));
    }

    /// <summary>Largest event time seen (ns).</summary>
    public long EventTime => _tracker.EventTime;

    /// <summary>Feeds one valid mid of a future (any future; brackets follow their label's underlying).</summary>
    /// <param name="futureId">The future.</param>
    /// <param name="tsEvent"><c>ts_event</c> of the book update (ns).</param>
    /// <param name="mid">Its valid mid (points).</param>
    public void OnMid(uint futureId, long tsEvent, double mid)
    {
        ThrowIfFinished();
        RegisterBefore(Math.Max(tsEvent, _tracker.EventTime));
        _mids[futureId] = (tsEvent, mid);
        var sink = new Sink(this);
        _tracker.OnMid(futureId, tsEvent, mid, ref sink);
    }

    /// <summary>Moves event time forward (any record) and releases what that resolves.</summary>
    /// <param name="tsEvent">Event time (ns).</param>
    public void AdvanceTo(long tsEvent)
    {
        ThrowIfFinished();
        RegisterBefore(Math.Max(tsEvent, _tracker.EventTime));
        var sink = new Sink(this);
        _tracker.AdvanceTo(tsEvent, ref sink);
    }

    /// <summary>End of data: registers what is left, flushes the tracker and returns every bracket (label order; last, then first).</summary>
    public IReadOnlyList<CeilingBracket> Finish()
    {
        ThrowIfFinished();
        RegisterBefore(long.MaxValue);
        var sink = new Sink(this);
        _tracker.Flush(ref sink);
        _finished = true;
        var result = new CeilingBracket[_pending.Length];
        for (var i = 0; i < _pending.Length; i++)
        {
            ref readonly var p = ref _pending[i];
            Debug.Assert(p.Status is not null, "every bracket is registered before the tracker is flushed");
            result[i] = new CeilingBracket(_labels[p.Label], p.Start, p.T0, p.Direction, p.F0, p.Status!.Value, p.ResolvedTs);
        }

        return result;
    }

    // Registers every bracket whose t₀ is before `now`, in (t₀, registration) order.
    private void RegisterBefore(long now)
    {
        while (_next < _order.Length && _pending[_order[_next]].T0 < now)
        {
            var index = _order[_next++];
            ref var p = ref _pending[index];
            var label = _labels[p.Label];
            if (p.Direction == 0)
            {
                p.Resolve(CeilingStatus.NoDirection, p.T0);
                continue;
            }

            var underlying = label.UnderlyingId!.Value;
            if (!_mids.TryGetValue(underlying, out var m) || p.T0 - m.Ts > _maxMidAgeNs)
            {
                p.Resolve(CeilingStatus.NoMid, p.T0);
                continue;
            }

            p.F0 = m.Mid;
            var id = p.Start == CeilingStart.Last ? label.Id + "@last" : label.Id + "@first";
            if (!_byTrackId.TryAdd(id, index))
            {
                throw new ArgumentException($"label id '{label.Id}' occurs more than once");
            }

            _tracker.Track(id, p.T0, underlying, p.Direction, m.Mid);
        }
    }

    private void OnOutcome(in BracketOutcome outcome)
    {
        var status = outcome.Resolution switch
        {
            BracketResolution.Hit => CeilingStatus.Hit,
            BracketResolution.Miss => CeilingStatus.Miss,
            BracketResolution.Timeout => CeilingStatus.Timeout,
            _ => CeilingStatus.Unresolved,
        };
        _pending[_byTrackId[outcome.SignalId]].Resolve(status, outcome.ResolvedTs);
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("the oracle has finished; create a new one for more data");
        }
    }

    private struct Pending(int label, CeilingStart start, long t0, int direction)
    {
        public readonly int Label = label;
        public readonly CeilingStart Start = start;
        public readonly long T0 = t0;
        public readonly int Direction = direction;
        public double? F0;
        public CeilingStatus? Status;
        public long ResolvedTs;

        public void Resolve(CeilingStatus status, long resolvedTs)
        {
            Status = status;
            ResolvedTs = resolvedTs;
        }
    }

    private readonly struct Sink(LabelOracle owner) : IOperatorSink<BracketOutcome>
    {
        public void Emit(in BracketOutcome item) => owner.OnOutcome(in item);
    }
}
