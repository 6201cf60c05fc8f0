using System.Runtime.CompilerServices;
using NQStream.Market.Book;
using NQStream.Market.Events;

namespace NQStream.Operators.Iceberg;

/// <summary>Per-order state transitions: the MBO actions of §2.3 as the detector needs them.</summary>
public sealed partial class IcebergDetector
{
    private void OnFill<TSink>(in MarketEvent e, int slot, long ts, OrderBook book, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        if (e.Size == 0)
        {
            return;
        }

        ref var o = ref _orders.Find(e.OrderId);
        if (Unsafe.IsNullRef(ref o))
        {
            // The order's first fill: from here on the detector needs more than the book holds.
            if (!Resting(book, e.OrderId, out var side, out var price, out var size))
            {
                UnknownOrderRecords++;
                return;
            }

            o = ref Materialize(e.OrderId, slot, side, price, size, size, -1);
        }
        else if (o.Exhausted || o.Slot != slot)
        {
            UnknownOrderRecords++;
            return;
        }

        var eventNo = _instruments[slot].EventNo;
        if (o.FillEvent != eventNo)
        {
            o.FillEvent = eventNo;
            o.EventFilled = 0;
            o.SizeAtEvent = o.Size;
            o.NativeRefillsInEvent = 0;
        }

        if (o.Filled == 0)
        {
            o.FirstFillTs = ts;
        }

        o.EventFilled += e.Size;
        o.Filled += e.Size;
        o.LastFillTs = ts;
        if (o.Candidate >= 0)
        {
            ref var c = ref _candidates[o.Candidate];
            c.Executed += e.Size;
            c.LastTs = ts;
        }

        // Native (a): more filled in this event than was displayed before it.
        if (o.EventFilled > o.SizeAtEvent && Eligible(slot, o.Clip, e.Flags))
        {
            var needed = (int)((o.EventFilled - o.SizeAtEvent + o.Clip - 1) / o.Clip);
            if (needed > o.NativeRefillsInEvent)
            {
                var added = needed - o.NativeRefillsInEvent;
                o.NativeRefillsInEvent = needed;
                NativeEvidence(ref o, e.OrderId, added, ts, ref sink);
            }
        }
    }

    private void OnCancel<TSink>(in MarketEvent e, int slot, long ts, OrderBook book, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        ref var o = ref _orders.Find(e.OrderId);
        if (Unsafe.IsNullRef(ref o))
        {
            CancelStateless(in e, slot, book);
            return;
        }

        if (o.Exhausted || o.Slot != slot)
        {
            UnknownOrderRecords++;
            return;
        }

        if (e.Size < o.Size)
        {
            o.Size -= e.Size; // a fill's reduction or an owner's partial cancel: the clip stays
            return;
        }

        var filled = FilledThisEvent(in o, slot);
        if (filled > 0 && filled >= o.Size)
        {
            Exhaust(ref o, e.OrderId, slot, ts, e.Flags, ref sink);
            return;
        }

        RemoveByOwner(e.OrderId, ts, ref sink);
    }

    private void OnModify<TSink>(in MarketEvent e, int slot, long ts, OrderBook book, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        ref var o = ref _orders.Find(e.OrderId);
        if (Unsafe.IsNullRef(ref o) && ModifyStateless(in e, slot, book))
        {
            return;
        }

        if (Unsafe.IsNullRef(ref o) || o.Exhausted)
        {
            OnAdd(in e, slot, ts, book, ref sink); // unknown order id → add (§2.3); a tombstone may be a native refill
            return;
        }

        if (o.Slot != slot)
        {
            UnknownOrderRecords++;
            return;
        }

        ApplyModify(ref o, in e, slot, ts, ref sink);
    }

    private void ApplyModify<TSink>(ref OrderState o, in MarketEvent e, int slot, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        if (e.Price != o.Price)
        {
            var moved = o.Candidate;
            o.Price = e.Price;
            o.Size = e.Size;
            o.Clip = e.Size;
            o.Filled = 0;
            o.FirstFillTs = 0;
            o.LastFillTs = 0;
            o.FillEvent = 0;
            o.NativeRefillsInEvent = 0;
            o.Candidate = -1;
            if (moved >= 0)
            {
                EndCandidate(moved, IcebergStatus.Done, IcebergEndReason.PriceMoved, ts, ref sink);
            }

            return;
        }

        var filled = FilledThisEvent(in o, slot);
        if (filled == 0)
        {
            if (e.Size == 0)
            {
                RemoveByOwner(e.OrderId, ts, ref sink);
                return;
            }

            o.Size = e.Size; // the owner resized the order: that is its clip now
            o.Clip = e.Size;
            return;
        }

        if (e.Size == 0)
        {
            if (filled >= o.Size)
            {
                Exhaust(ref o, e.OrderId, slot, ts, e.Flags, ref sink);
            }
            else
            {
                RemoveByOwner(e.OrderId, ts, ref sink);
            }

            return;
        }

        o.Size = e.Size;

        // Native (b) inside the event: fills consumed the whole displayed size and the same id rests again.
        if (filled >= o.SizeAtEvent && o.NativeRefillsInEvent == 0 && Eligible(slot, o.Clip, e.Flags))
        {
            o.NativeRefillsInEvent = 1;
            NativeEvidence(ref o, e.OrderId, 1, ts, ref sink);
        }
    }

    private void OnAdd<TSink>(in MarketEvent e, int slot, long ts, OrderBook book, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        if (e.OrderId == 0 || e.Size == 0)
        {
            KeepOnZeroAdd(in e, slot, book);
            return;
        }

        ref var o = ref _orders.Find(e.OrderId);
        if (Unsafe.IsNullRef(ref o))
        {
            AddStateless(in e, slot, ts, book, ref sink);
            return;
        }

        if (!o.Exhausted)
        {
            if (o.Slot != slot)
            {
                UnknownOrderRecords++;
                return;
            }

            ReplacedAdds++;
            ApplyModify(ref o, in e, slot, ts, ref sink);
            return;
        }

        var samePlace = o.Slot == slot && o.Side == e.Side && o.Price == e.Price;
        if (samePlace && InNativeWindow(in o, slot, ts))
        {
            Reappear(ref o, in e, slot, ts, ref sink);
            return;
        }

        // A stale tombstone (its window closed) or the id came back at another price: the old life is over.
        if (o.Candidate >= 0)
        {
            var old = o.Candidate;
            var expired = !InNativeWindow(in o, slot, ts);
            var end = expired ? o.ExhaustedTs + _nativeWindowNs : ts;
            o.Candidate = -1;
            EndCandidate(old, IcebergStatus.Done, expired ? IcebergEndReason.Exhausted : IcebergEndReason.PriceMoved, end, ref sink);
        }

        // The tombstone's id starts a new life (kept as state, as it always was: this path is rare).
        o = new OrderState { Slot = slot, Side = e.Side, Price = e.Price, Size = e.Size, Clip = e.Size, Candidate = -1 };
        if (Eligible(slot, e.Size, e.Flags))
        {
            TryRefill(ref o, e.OrderId, slot, ts, ref sink);
        }
    }

    private void Reappear<TSink>(ref OrderState o, in MarketEvent e, int slot, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        o.Exhausted = false;
        o.Size = e.Size;

        // The synthetic watch opened when this order was exhausted is void: the same id came back (native).
        var waiting = TakeWatchOf(new LevelKey(_instruments[slot].InstrumentId, o.Side, o.Price), e.OrderId);
        if (waiting >= 0 && o.Candidate < 0)
        {
            o.Candidate = waiting;
            ref var c = ref _candidates[waiting];
            c.Watch = -1;
            c.CurrentOrder = e.OrderId;
        }

        var countedByOverfill = o.FillEvent == o.ExhaustedEvent && o.NativeRefillsInEvent > 0;
        if (!countedByOverfill && Eligible(slot, o.Clip, e.Flags))
        {
            o.NativeRefillsInEvent = 1;
            NativeEvidence(ref o, e.OrderId, 1, ts, ref sink);
        }
    }

    private bool InNativeWindow(in OrderState o, int slot, long ts) =>
        _nativeWindowNs == 0
            ? o.ExhaustedEvent == _instruments[slot].EventNo
            : ts - o.ExhaustedTs <= _nativeWindowNs;

    private long FilledThisEvent(in OrderState o, int slot) =>
        o.FillEvent == _instruments[slot].EventNo ? o.EventFilled : 0;

    /// <summary>Fills removed the order completely: keep a tombstone for a native refill, watch the level for a synthetic one.</summary>
    private void Exhaust<TSink>(ref OrderState o, ulong orderId, int slot, long ts, byte flags, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        o.Exhausted = true;
        o.Size = 0;
        o.ExhaustedEvent = _instruments[slot].EventNo;
        o.ExhaustedTs = ts;
        _tombstones.Add(orderId);

        var cand = o.Candidate;
        if (cand >= 0 && _candidates[cand].Kind == IcebergKind.Native)
        {
            return; // a native iceberg continues only under its own id; the tombstone purge ends it
        }

        o.Candidate = -1;
        if (Eligible(slot, o.Clip, flags))
        {
            var level = new LevelKey(_instruments[slot].InstrumentId, o.Side, o.Price);
            var w = AddWatch(slot, level, o.Clip, orderId, cand, ts, o.FirstFillTs, o.LastFillTs, o.Filled);
            if (cand >= 0)
            {
                ref var c = ref _candidates[cand];
                c.CurrentOrder = 0;
                c.Watch = w;
            }
        }
        else if (cand >= 0)
        {
            EndCandidate(cand, IcebergStatus.Done, IcebergEndReason.Exhausted, ts, ref sink);
        }
    }

    /// <summary>The owner took the rest of the order off the book (not a fill).</summary>
    private void RemoveByOwner<TSink>(ulong orderId, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        _orders.Remove(orderId, out var removed);
        if (removed.Candidate >= 0)
        {
            EndCandidate(removed.Candidate, IcebergStatus.Cancelled, IcebergEndReason.OwnerCancelled, ts, ref sink);
        }
    }

    /// <summary>Drops tombstones whose native window has closed; a native candidate waiting on one ends Exhausted.</summary>
    private void PurgeTombstones<TSink>(int slot, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        for (var i = _tombstones.Count - 1; i >= 0; i--)
        {
            var id = _tombstones[i];
            ref var o = ref _orders.Find(id);
            var keep = false;
            if (!Unsafe.IsNullRef(ref o) && o.Exhausted)
            {
                var closed = _nativeWindowNs == 0 ? o.Slot == slot : ts - o.ExhaustedTs > _nativeWindowNs;
                if (closed)
                {
                    var cand = o.Candidate;
                    var end = o.ExhaustedTs + _nativeWindowNs;
                    _orders.Remove(id);
                    if (cand >= 0)
                    {
                        EndCandidate(cand, IcebergStatus.Done, IcebergEndReason.Exhausted, end, ref sink);
                    }
                }
                else
                {
                    keep = true;
                }
            }

            if (!keep)
            {
                _tombstones[i] = _tombstones[^1];
                _tombstones.RemoveAt(_tombstones.Count - 1);
            }
        }
    }

    private void OnClear<TSink>(int slot, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        EndInstrumentCandidates(slot, IcebergStatus.Cancelled, IcebergEndReason.Cleared, ts, ref sink);
        KillWatches(slot);
        _orders.RemoveSlot(slot);

        _instruments[slot].Suspect = false;
    }
}
