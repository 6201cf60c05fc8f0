using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>Feeds hand-built MBO venue events to a detector; every event's last record carries F_LAST.</summary>
internal sealed class IcebergFeed
{
    private uint _seq;

    public IcebergFeed(IcebergOptions? options = null)
    {
        Detector = new IcebergDetector(options ?? new IcebergOptions());
    }

    public IcebergDetector Detector { get; }

    public List<IcebergCandidate> Out { get; } = [];

    public static MarketEvent Record(R r, long ts, uint instrument, uint seq, bool last) => new()
    {
        TsEvent = (ulong)ts,
        TsRecv = (ulong)ts + 1000,
        OrderId = r.Id,
        Price = Fx(r.Px),
        Size = r.Size,
        InstrumentId = instrument,
        Sequence = seq,
        PublisherId = 1,
        Kind = EventKind.Mbo,
        Flags = (byte)(r.Flags | (last ? Flags.Last : 0)),
        Action = (byte)r.Action,
        Side = (byte)r.Side,
    };

    /// <summary>Sends one record as is.</summary>
    public void Send(MarketEvent e)
    {
        var sink = new ListSink(Out);
        Detector.OnRecord(in e, ref sink);
    }

    /// <summary>Sends a venue event of instrument <paramref name="instrument"/>; F_LAST on its last record.</summary>
    public void Event(long ts, uint instrument, params R[] records)
    {
        _seq++;
        for (var i = 0; i < records.Length; i++)
        {
            Send(Record(records[i], ts, instrument, _seq, i == records.Length - 1));
        }
    }

    public void Event(long ts, params R[] records) => Event(ts, 1, records);

    /// <summary>A resting order arrives.</summary>
    public void Add(long ts, ulong id, char side, double px, uint size, uint instrument = 1) =>
        Event(ts, instrument, new R('A', side, px, size, id));

    /// <summary>An aggressor fills the resting order <paramref name="id"/> completely (T, F, C).</summary>
    public void FillAll(long ts, ulong id, char side, double px, uint size, uint instrument = 1) =>
        Event(ts, instrument, new R('T', Opposite(side), px, size), new R('F', side, px, size, id), new R('C', side, px, size, id));

    /// <summary>A native refill event: the clip is filled and the same id rests again with <paramref name="refill"/>.</summary>
    public void NativeRefill(long ts, ulong id, char side, double px, uint clip, uint refill, uint instrument = 1) =>
        Event(ts, instrument, new R('T', Opposite(side), px, clip), new R('F', side, px, clip, id), new R('C', side, px, clip, id), new R('A', side, px, refill, id));

    public void Flush()
    {
        var sink = new ListSink(Out);
        Detector.Flush(ref sink);
    }

    public static char Opposite(char side) => side == 'B' ? 'A' : 'B';
}
