using System.Runtime.CompilerServices;
using NQStream.Market;

namespace NQStream.Operators.Iceberg;

/// <summary>Candidate pool: creation, native evidence, confirmation, end and emission.</summary>
public sealed partial class IcebergDetector
{
    private CandidateState[] _candidates = new CandidateState[64];
    private int[] _freeCandidates = new int[64];
    private int _freeCandidateCount;
    private int _candidateCount;

    private int NewCandidate(IcebergKind kind, int slot, byte side, long price, long clip, ulong firstOrder, long firstTs, long lastTs, long executed)
    {
        int c;
        if (_freeCandidateCount > 0)
        {
            c = _freeCandidates[--_freeCandidateCount];
        }
        else
        {
            if (_candidateCount == _candidates.Length)
            {
                Array.Resize(ref _candidates, _candidateCount * 2);
                Array.Resize(ref _freeCandidates, _candidateCount * 2);
            }

            c = _candidateCount++;
        }

        _candidates[c] = new CandidateState
        {
            InUse = true,
            Kind = kind,
            Slot = slot,
            InstrumentId = _instruments[slot].InstrumentId,
            Side = side,
            Price = price,
            Clip = clip,
            Orders = 1,
            Executed = executed,
            FirstOrderId = firstOrder,
            LastOrderId = firstOrder,
            CurrentOrder = firstOrder,
            FirstTs = firstTs,
            LastTs = lastTs,
            Watch = -1,
        };
        return c;
    }

    /// <summary>A native signature on order <paramref name="orderId"/>: start or extend its candidate; the first one confirms it.</summary>
    private void NativeEvidence<TSink>(ref OrderState o, ulong orderId, int refills, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        if (o.Candidate < 0)
        {
            o.Candidate = NewCandidate(IcebergKind.Native, o.Slot, o.Side, o.Price, o.Clip, orderId, o.FirstFillTs, o.LastFillTs, o.Filled);
        }

        ref var c = ref _candidates[o.Candidate];
        c.Refills += refills;
        c.CurrentOrder = orderId;
        c.LastOrderId = orderId;
        if (!c.Confirmed)
        {
            Confirm(o.Candidate, ts, ref sink);
        }
    }

    private void Confirm<TSink>(int c, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        ref var s = ref _candidates[c];
        s.Confirmed = true;
        if (s.Kind == IcebergKind.Native)
        {
            NativeConfirmed++;
        }
        else
        {
            SyntheticConfirmed++;
        }

        Emit(ref s, IcebergStatus.Active, IcebergEndReason.None, ts, ref sink);
    }

    /// <summary>Ends a candidate (emits its final record when it was confirmed) and unlinks its order and watch.</summary>
    private void EndCandidate<TSink>(int c, IcebergStatus status, IcebergEndReason reason, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        ref var s = ref _candidates[c];
        if (!s.InUse)
        {
            return;
        }

        if (s.Confirmed)
        {
            Ended++;
            Emit(ref s, status, reason, ts, ref sink);
        }

        if (s.CurrentOrder != 0)
        {
            ref var o = ref _orders.Find(s.CurrentOrder);
            if (!Unsafe.IsNullRef(ref o) && o.Candidate == c)
            {
                o.Candidate = -1;
            }
        }

        if (s.Watch >= 0 && _watches[s.Watch].Candidate == c)
        {
            _watches[s.Watch].Candidate = -1;
        }

        s = default;
        _freeCandidates[_freeCandidateCount++] = c;
    }

    private void EndInstrumentCandidates<TSink>(int slot, IcebergStatus status, IcebergEndReason reason, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        for (var c = 0; c < _candidateCount; c++)
        {
            if (_candidates[c].InUse && _candidates[c].Slot == slot)
            {
                EndCandidate(c, status, reason, ts, ref sink);
            }
        }
    }

    private static void Emit<TSink>(ref CandidateState s, IcebergStatus status, IcebergEndReason reason, long ts, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        var record = new IcebergCandidate
        {
            Id = new IcebergCandidateId(s.InstrumentId, s.FirstOrderId, s.FirstTs),
            TsEvent = ts,
            InstrumentId = s.InstrumentId,
            Side = s.Side,
            PriceRaw = s.Price,
            Price = FixedPoint.ToPointsUnchecked(s.Price),
            Kind = s.Kind,
            ClipSize = s.Clip,
            Refills = s.Refills,
            Orders = s.Orders,
            ExecutedQty = s.Executed,
            FirstOrderId = s.FirstOrderId,
            LastOrderId = s.LastOrderId,
            FirstTs = s.FirstTs,
            LastTs = s.LastTs,
            Status = status,
            EndReason = reason,
        };
        sink.Emit(in record);
    }
}
