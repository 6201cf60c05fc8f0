using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Market.Tests.Book.Support;

/// <summary>Builds MBO events for hand-written sequences. Prices in index points; every event closes with F_LAST unless told.</summary>
internal static class Mbo
{
    public const uint Instrument = 5482;
    public const byte Last = Flags.Last;

    private static long _ts = 1_609_160_400_000_000_000;

    public static long Px(decimal points) => (long)(points * DbnConstants.FixedPriceScale);

    public static MarketEvent Add(ulong id, char side, decimal px, uint size, byte flags = Last) => Make('A', id, side, Px(px), size, flags);

    public static MarketEvent Cancel(ulong id, char side, decimal px, uint size, byte flags = Last) => Make('C', id, side, Px(px), size, flags);

    public static MarketEvent Modify(ulong id, char side, decimal px, uint size, byte flags = Last) => Make('M', id, side, Px(px), size, flags);

    public static MarketEvent Clear(byte flags = Last) => Make('R', 0, 'N', DbnConstants.UndefPrice, 0, flags);

    public static MarketEvent Trade(char aggressor, decimal px, uint size, byte flags = 0) => Make('T', 0, aggressor, Px(px), size, flags);

    public static MarketEvent Fill(ulong id, char side, decimal px, uint size, byte flags = 0) => Make('F', id, side, Px(px), size, flags);

    public static MarketEvent None(byte flags = Last) => Make('N', 0, 'N', DbnConstants.UndefPrice, 0, flags);

    public static MarketEvent Make(char action, ulong id, char side, long price, uint size, byte flags, uint instrument = Instrument, ushort publisher = 1) => new()
    {
        Kind = EventKind.Mbo,
        TsEvent = (ulong)Interlocked.Add(ref _ts, 1000),
        TsRecv = 0,
        OrderId = id,
        Price = price,
        Size = size,
        InstrumentId = instrument,
        PublisherId = publisher,
        Action = (byte)action,
        Side = (byte)side,
        Flags = flags,
    };

    public static OrderBook NewBook(int depth = 10) => new(Instrument, 1, new BookOptions { PublishDepth = depth });

    public static OrderBook Feed(this OrderBook book, params MarketEvent[] events)
    {
        foreach (var e in events)
        {
            book.Apply(in e);
        }

        return book;
    }

    public static DepthLevel[] Depth(this OrderBook book, OrderSide side, int n = 10)
    {
        var buf = new DepthLevel[n];
        return buf[..book.CopyDepth(side, buf)];
    }

    public static ulong[] Queue(this OrderBook book, OrderSide side, decimal px)
    {
        var buf = new ulong[64];
        return buf[..book.CopyQueue(side, Px(px), buf)];
    }
}
