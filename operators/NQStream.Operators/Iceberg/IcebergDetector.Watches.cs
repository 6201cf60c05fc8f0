using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Operators.Iceberg;

/// <summary>Synthetic refill watches: a pool, per-level lists and a FIFO by creation for expiry.</summary>
public sealed partial class IcebergDetector
{
    private const int AllInstruments = -1;

    private readonly Dictionary<LevelKey, int> _levels = new(256);
    private RefillWatch[] _watches = new RefillWatch[64];
    private int[] _freeWatches = new int[64];
    private int _freeWatchCount;
    private int _watchCount;
    private int[] _fifo = new int[64];
    private int _fifoHead;
    private int _fifoCount;

    private int AddWatch(int slot, LevelKey level, long clip, ulong fromOrder, int candidate, long ts, long firstTs, long lastTs, long executed)
    {
        int w;
        if (_freeWatchCount > 0)
        {
            w = _freeWatches[--_freeWatchCount];
        }
        else
        {
            if (_watchCount == _watches.Length)
            {
                Array.Resize(ref _watches, _watchCount * 2);
                Array.Resize(ref _freeWatches, _watchCount * 2);
            }

            w = _watchCount++;
        }

        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_levels, level, out var exists);
        _watches[w] = new RefillWatch
        {
            Live = true,
            Slot = slot,
            Level = level,
            Clip = clip,
            FromOrder = fromOrder,
            Deadline = ts + _refillWindowNs,
            Candidate = candidate,
            FirstTs = firstTs,
            LastTs = lastTs,
            Executed = executed,
            Next = exists ? head : -1,
        };
        head = w;
        _instruments[slot].LiveWatches++;
        PushFifo(w);
        return w;
    }

    private void PushFifo(int w)
    {
        if (_fifoCount == _fifo.Length)
        {
            var grown = new int[_fifo.Length * 2];
            for (var i = 0; i < _fifoCount; i++)
            {
                grown[i] = _fifo[(_fifoHead + i) % _fifo.Length];
            }

            _fifo = grown;
            _fifoHead = 0;
        }

        _fifo[(_fifoHead + _fifoCount) % _fifo.Length] = w;
        _fifoCount++;
    }

    /// <summary>Ends the chains whose refill window closed before <paramref name="ts"/> and recycles dead watches.</summary>
    private void ExpireWatches<TSink>(long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        while (_fifoCount > 0)
        {
            var w = _fifo[_fifoHead];
            ref var watch = ref _watches[w];
            if (watch.Live && watch.Deadline >= ts)
            {
                return;
            }

            _fifoHead = (_fifoHead + 1) % _fifo.Length;
            _fifoCount--;
            if (watch.Live)
            {
                Unlink(w);
                if (watch.Candidate >= 0)
                {
                    EndCandidate(watch.Candidate, IcebergStatus.Done, IcebergEndReason.Exhausted, watch.Deadline, ref sink);
                }
            }

            _freeWatches[_freeWatchCount++] = w;
        }
    }

    /// <summary>
    /// A new order id rests at a watched level: if its size is within tolerance of a waiting clip, it is that chain's
    /// refill (a chain starts at its first refill; the order joins it).
    /// </summary>
    private void TryRefill<TSink>(ref OrderState o, ulong orderId, int slot, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        var level = new LevelKey(_instruments[slot].InstrumentId, o.Side, o.Price);
        if (!_levels.TryGetValue(level, out var w))
        {
            return;
        }

        var best = -1;
        var bestRefills = -1;
        var bestDiff = long.MaxValue;
        for (; w >= 0; w = _watches[w].Next)
        {
            ref var watch = ref _watches[w];
            if (watch.FromOrder == orderId || ts > watch.Deadline || !WithinTolerance(o.Size, watch.Clip))
            {
                continue;
            }

            var refills = watch.Candidate >= 0 ? _candidates[watch.Candidate].Refills : 0;
            var diff = Math.Abs(o.Size - watch.Clip);

            // The list runs newest first, so ">=" on a tie moves the choice to the older watch.
            if (refills > bestRefills || (refills == bestRefills && diff <= bestDiff))
            {
                best = w;
                bestRefills = refills;
                bestDiff = diff;
            }
        }

        if (best < 0)
        {
            return;
        }

        Unlink(best);
        ref var chosen = ref _watches[best];
        chosen.Live = false;
        var cand = chosen.Candidate;
        if (cand < 0)
        {
            cand = NewCandidate(IcebergKind.Synthetic, slot, o.Side, o.Price, chosen.Clip, chosen.FromOrder, chosen.FirstTs, chosen.LastTs, chosen.Executed);
        }

        ref var c = ref _candidates[cand];
        c.Refills++;
        c.Orders++;
        c.LastOrderId = orderId;
        c.CurrentOrder = orderId;
        c.Watch = -1;
        o.Candidate = cand;
        if (!c.Confirmed && c.Refills >= _minRefills)
        {
            Confirm(cand, ts, ref sink);
        }
    }

    private bool WithinTolerance(long size, long clip) =>
        size >= _minClip && Math.Abs(size - clip) <= (_sizeTol * clip) + 1e-9;

    /// <summary>Removes the live watch opened by <paramref name="orderId"/> at <paramref name="level"/>; returns its candidate or -1.</summary>
    private int TakeWatchOf(LevelKey level, ulong orderId)
    {
        if (!_levels.TryGetValue(level, out var w))
        {
            return -1;
        }

        for (; w >= 0; w = _watches[w].Next)
        {
            if (_watches[w].FromOrder == orderId)
            {
                Unlink(w);
                _watches[w].Live = false;
                return _watches[w].Candidate;
            }
        }

        return -1;
    }

    /// <summary>
    /// Kills every live watch of the instrument slot (clear, feed gap), or of all instruments for
    /// <see cref="AllInstruments"/> (end of stream); their candidates were ended already.
    /// </summary>
    private void KillWatches(int slot)
    {
        for (var i = 0; i < _fifoCount; i++)
        {
            var w = _fifo[(_fifoHead + i) % _fifo.Length];
            if (_watches[w].Live && (slot == AllInstruments || _watches[w].Slot == slot))
            {
                Unlink(w);
                _watches[w].Live = false;
            }
        }
    }

    private void Unlink(int w)
    {
        ref var watch = ref _watches[w];
        _instruments[watch.Slot].LiveWatches--;
        ref var head = ref CollectionsMarshal.GetValueRefOrNullRef(_levels, watch.Level);
        if (Unsafe.IsNullRef(ref head))
        {
            return;
        }

        if (head == w)
        {
            if (watch.Next < 0)
            {
                _levels.Remove(watch.Level);
            }
            else
            {
                head = watch.Next;
            }

            return;
        }

        for (var p = head; p >= 0; p = _watches[p].Next)
        {
            if (_watches[p].Next == w)
            {
                _watches[p].Next = watch.Next;
                return;
            }
        }
    }
}
