using System.Runtime.InteropServices;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Events;

/// <summary>
/// The normalized event that feeds publish into the ring: one 64-byte cache line, unmanaged, the same
/// for DBN replay, the live gateway, the simulator and LOBSTER. Prices stay fixed-point (1e-9).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
public struct MarketEvent
{
    /// <summary>Matching-engine time, ns since the UNIX epoch (the event-time clock).</summary>
    [FieldOffset(0)] public ulong TsEvent;

    /// <summary>Capture time, ns (latency metrics and ordering tie-break).</summary>
    [FieldOffset(8)] public ulong TsRecv;

    /// <summary>Venue order id (MBO); <c>ts_ref</c> for statistics (the trade date a value refers to).</summary>
    [FieldOffset(16)] public ulong OrderId;

    /// <summary>Price, 1e-9 fixed point; <see cref="DbnConstants.UndefPrice"/> = none.</summary>
    [FieldOffset(24)] public long Price;

    /// <summary>Order or trade size in contracts; <c>stat_flags</c> for statistics.</summary>
    [FieldOffset(32)] public uint Size;

    /// <summary>Instrument id.</summary>
    [FieldOffset(36)] public uint InstrumentId;

    /// <summary>Venue sequence number.</summary>
    [FieldOffset(40)] public uint Sequence;

    /// <summary>Publisher (dataset + venue).</summary>
    [FieldOffset(44)] public ushort PublisherId;

    /// <summary>What this event carries.</summary>
    [FieldOffset(46)] public EventKind Kind;

    /// <summary>DBN flags (F_LAST, F_SNAPSHOT, …).</summary>
    [FieldOffset(47)] public byte Flags;

    /// <summary>MBO action byte: A, C, M, R, T, F, N.</summary>
    [FieldOffset(48)] public byte Action;

    /// <summary>Side byte: A ask/sell, B bid/buy, N none (for trades: the aggressor).</summary>
    [FieldOffset(49)] public byte Side;

    /// <summary>Statistic type (statistics) or status action (status).</summary>
    [FieldOffset(50)] public ushort StatType;

    /// <summary>Kind-specific 32-bit value: <c>ts_in_delta</c> for MBO, update action for statistics, reason for status.</summary>
    [FieldOffset(52)] public int Aux32;

    /// <summary>Kind-specific 64-bit value: statistic quantity (<see cref="DbnConstants.UndefStatQuantity"/> = none), registry slot of a definition.</summary>
    [FieldOffset(56)] public long Aux64;

    /// <summary>True when this record ends a venue event for its instrument (publish state only then).</summary>
    public readonly bool IsLast => (Flags & Dbn.Flags.Last) != 0;

    /// <summary>Normalizes an MBO record.</summary>
    public static MarketEvent FromMbo(in MboMsg m) => new()
    {
        TsEvent = m.Hd.TsEvent,
        TsRecv = m.TsRecv,
        OrderId = m.OrderId,
        Price = m.Price,
        Size = m.Size,
        InstrumentId = m.Hd.InstrumentId,
        Sequence = m.Sequence,
        PublisherId = m.Hd.PublisherId,
        Kind = EventKind.Mbo,
        Flags = m.Flags,
        Action = m.Action,
        Side = m.Side,
        Aux32 = m.TsInDelta,
    };

    /// <summary>Normalizes a statistics record (v3 layout).</summary>
    public static MarketEvent FromStat(in StatMsg s) => new()
    {
        TsEvent = s.Hd.TsEvent,
        TsRecv = s.TsRecv,
        OrderId = s.TsRef,
        Price = s.Price,
        Size = s.StatFlags,
        InstrumentId = s.Hd.InstrumentId,
        Sequence = s.Sequence,
        PublisherId = s.Hd.PublisherId,
        Kind = EventKind.Statistic,
        StatType = s.StatType,
        Aux32 = s.UpdateAction,
        Aux64 = s.Quantity,
    };

    /// <summary>
    /// Announces a definition: the full record lives in the instrument registry at <paramref name="registrySlot"/>
    /// (<see cref="Instruments.InstrumentRegistry.AtSlot"/>), carried in <see cref="Aux64"/>.
    /// </summary>
    public static MarketEvent FromDefinition(in InstrumentDefMsg d, int registrySlot) => new()
    {
        TsEvent = d.Hd.TsEvent,
        TsRecv = d.TsRecv,
        Price = d.StrikePrice,
        InstrumentId = d.Hd.InstrumentId,
        PublisherId = d.Hd.PublisherId,
        Kind = EventKind.Definition,
        Action = d.SecurityUpdateAction,
        Side = d.InstrumentClass,
        Aux64 = registrySlot,
    };

    /// <summary>Normalizes a trade record.</summary>
    public static MarketEvent FromTrade(in TradeMsg t) => new()
    {
        TsEvent = t.Hd.TsEvent,
        TsRecv = t.TsRecv,
        Price = t.Price,
        Size = t.Size,
        InstrumentId = t.Hd.InstrumentId,
        Sequence = t.Sequence,
        PublisherId = t.Hd.PublisherId,
        Kind = EventKind.Trade,
        Flags = t.Flags,
        Action = t.Action,
        Side = t.Side,
        Aux32 = t.TsInDelta,
    };

    /// <summary>Normalizes a status record.</summary>
    public static MarketEvent FromStatus(in StatusMsg s) => new()
    {
        TsEvent = s.Hd.TsEvent,
        TsRecv = s.TsRecv,
        InstrumentId = s.Hd.InstrumentId,
        PublisherId = s.Hd.PublisherId,
        Kind = EventKind.Status,
        StatType = s.Action,
        Aux32 = s.Reason,
    };
}
