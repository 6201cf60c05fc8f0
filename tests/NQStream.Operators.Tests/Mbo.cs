using NQStream.Market.Dbn;
using NQStream.Market.Events;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests;

/// <summary>Test helpers: hand-built normalized MBO records.</summary>
internal static class Mbo
{
    public static MarketEvent Rec(char action, char side, double price, uint size, long ts, uint seq, uint instrument = 1, ulong orderId = 0, bool last = false) => new()
    {
        TsEvent = (ulong)ts,
        TsRecv = (ulong)ts + 1000,
        OrderId = orderId,
        Price = Fx(price),
        Size = size,
        InstrumentId = instrument,
        Sequence = seq,
        PublisherId = 1,
        Kind = EventKind.Mbo,
        Flags = last ? Flags.Last : (byte)0,
        Action = (byte)action,
        Side = (byte)side,
    };

    /// <summary>An open-interest statistics record (§2.6): action 1 = new, 2 = delete.</summary>
    public static MarketEvent OpenInterest(uint instrument, long quantity, long ts, byte action = 1) => new()
    {
        Kind = EventKind.Statistic, StatType = NQStream.Market.Instruments.StatType.OpenInterest, Aux32 = action, InstrumentId = instrument,
        PublisherId = 1, Price = long.MaxValue, Aux64 = quantity, TsEvent = (ulong)ts, TsRecv = (ulong)ts + 100,
    };
}
