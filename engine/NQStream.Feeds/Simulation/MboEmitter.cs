using System.Runtime.InteropServices;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Writes MBO records with CME/Databento conventions. A venue event is one matching-engine message for one
/// instrument: <see cref="BeginEvent"/> … records … <see cref="EndEvent"/>. All its records share
/// <c>ts_event</c>, <c>ts_recv</c> and <c>sequence</c>; the last one carries F_LAST.
/// </summary>
/// <remarks>
/// Sequence convention (documented because real GLBX sequences are per channel): each instrument counts its
/// own venue events from 1 at its first event of the session, +1 per event, so a gap always means a lost
/// event. <c>ts_recv</c> = <c>ts_event</c> + 3–8 µs capture latency, made non-decreasing across the file so
/// the file is ordered by its index timestamp; <c>ts_in_delta</c> = <c>ts_recv</c> − (<c>ts_event</c> + 1 µs).
/// </remarks>
internal sealed class MboEmitter
{
    private const int Headroom = 64 * 1024;
    private const int RecordSize = 56;
    private const byte Publisher = 1;

    private BlockPipeline? _pipe;
    private byte[] _buffer = [];
    private int _pos;
    private int _eventStart;
    private ulong _lastRecv;
    private uint _latencyState = 12345;
    private SimInstrument? _inst;
    private ulong _ts;
    private ulong _recv;

    public MboCounters Counters { get; private set; } = new();

    /// <summary>Starts a file.</summary>
    public void Open(BlockPipeline pipe)
    {
        _pipe = pipe;
        _buffer = pipe.Rent();
        _pos = 0;
        _lastRecv = 0;
        Counters = new MboCounters();
    }

    /// <summary>Flushes the last block and finishes the file.</summary>
    public void Close()
    {
        if (_pipe is null)
        {
            return;
        }

        _pipe.Submit(_buffer, _pos);
        _pipe.Complete();
        _pipe = null;
    }

    public ulong LastTsRecv => _lastRecv;

    public void BeginEvent(SimInstrument inst, ulong tsEvent)
    {
        if (_pos > BlockPipeline.BlockSize - Headroom)
        {
            _pipe!.Submit(_buffer, _pos);
            _buffer = _pipe.Rent();
            _pos = 0;
        }

        _inst = inst;
        _ts = tsEvent;
        _latencyState = (_latencyState * 1664525u) + 1013904223u;
        var recv = tsEvent + 3_000UL + (_latencyState >> 20);
        _recv = recv > _lastRecv ? recv : _lastRecv;
        _lastRecv = _recv;
        _eventStart = _pos;
        inst.Sequence++;
    }

    /// <summary>Ends the event: sets F_LAST on its last record (an event without records takes no sequence number).</summary>
    public int EndEvent()
    {
        var inst = _inst!;
        var n = (_pos - _eventStart) / RecordSize;
        if (n == 0)
        {
            inst.Sequence--;
            return 0;
        }

        _buffer[_pos - RecordSize + 36] |= Flags.Last;
        Counters.VenueEvents++;
        _inst = null;
        return n;
    }

    public void Record(byte action, byte side, long price, uint size, ulong orderId)
    {
        var inst = _inst!;
        var msg = new MboMsg
        {
            Hd = new RecordHeader { Length = RecordSize / 4, RType = RType.Mbo, PublisherId = Publisher, InstrumentId = inst.Id, TsEvent = _ts },
            OrderId = orderId,
            Price = price,
            Size = size,
            ChannelId = inst.ChannelId,
            Action = action,
            Side = side,
            TsRecv = _recv,
            TsInDelta = (int)(_recv - _ts - 1_000UL),
            Sequence = inst.Sequence,
        };
        MemoryMarshal.Write(_buffer.AsSpan(_pos, RecordSize), in msg);
        _pos += RecordSize;

        var c = Counters;
        c.Records++;
        c.ByAction[action]++;
        c.ByExpiryClass[(int)inst.Class]++;
        inst.Records++;
        switch (inst.InstrumentClass)
        {
            case (byte)'F': c.FutureRecords++; break;
            case (byte)'C': c.CallRecords++; break;
            default: c.PutRecords++; break;
        }

        if (action == Sides.ActionTrade)
        {
            inst.Volume += size;
            if (inst.IsFuture)
            {
                c.FutureContracts += size;
            }
            else
            {
                c.OptionContracts += size;
            }
        }
    }
}
