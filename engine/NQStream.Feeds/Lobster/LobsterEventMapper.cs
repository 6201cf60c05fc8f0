using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Feeds.Lobster;

/// <summary>
/// Maps one LOBSTER message to MBO-shaped <see cref="MarketEvent"/>s, following the DBN MBO convention
/// that a venue event ends with the record carrying <see cref="Flags.Last"/>:
/// <list type="table">
/// <item><term>1 submission</term><description><c>A</c> (side of the order)</description></item>
/// <item><term>2 cancellation, 3 deletion</term><description><c>C</c> with the cancelled size</description></item>
/// <item><term>4 visible execution</term><description><c>T</c> (aggressor side = opposite of the order, order id 0), <c>F</c> (the resting order), <c>C</c> removing the filled size</description></item>
/// <item><term>5 hidden execution</term><description><c>T</c> only (hidden orders are not in the book)</description></item>
/// <item><term>6 cross trade</term><description><c>T</c> with side <c>N</c> (no aggressor), no book change</description></item>
/// <item><term>7 halt</term><description>a <see cref="EventKind.Status"/> event: <see cref="LobsterStatus"/> action in <c>StatType</c></description></item>
/// </list>
/// </summary>
internal sealed class LobsterEventMapper(uint instrumentId)
{
    private const byte Buy = (byte)'B';
    private const byte Sell = (byte)'A';
    private const byte NoSide = (byte)'N';

    public int Map(LobsterEventType type, ulong ts, uint row, ulong orderId, uint size, long price, int direction, Span<MarketEvent> events)
    {
        var orderSide = direction > 0 ? Buy : Sell;
        var aggressor = direction > 0 ? Sell : Buy;
        switch (type)
        {
            case LobsterEventType.Submission:
                events[0] = Mbo(ts, row, orderId, price, size, (byte)'A', orderSide, Flags.Last);
                return 1;
            case LobsterEventType.Cancellation:
            case LobsterEventType.Deletion:
                events[0] = Mbo(ts, row, orderId, price, size, (byte)'C', orderSide, Flags.Last);
                return 1;
            case LobsterEventType.VisibleExecution:
                events[0] = Mbo(ts, row, 0, price, size, (byte)'T', aggressor, 0);
                events[1] = Mbo(ts, row, orderId, price, size, (byte)'F', orderSide, 0);
                events[2] = Mbo(ts, row, orderId, price, size, (byte)'C', orderSide, Flags.Last);
                return 3;
            case LobsterEventType.HiddenExecution:
                events[0] = Mbo(ts, row, orderId, price, size, (byte)'T', aggressor, Flags.Last);
                return 1;
            case LobsterEventType.CrossTrade:
                events[0] = Mbo(ts, row, orderId, price, size, (byte)'T', NoSide, Flags.Last);
                return 1;
            default:
                events[0] = new MarketEvent
                {
                    TsEvent = ts,
                    TsRecv = ts,
                    InstrumentId = instrumentId,
                    Sequence = row,
                    Kind = EventKind.Status,
                    Price = DbnConstants.UndefPrice,
                    StatType = price switch { < 0 => LobsterStatus.Halt, 0 => LobsterStatus.Quoting, _ => LobsterStatus.Trading },
                    Flags = Flags.Last,
                };
                return 1;
        }
    }

    private MarketEvent Mbo(ulong ts, uint row, ulong orderId, long price, uint size, byte action, byte side, byte flags) => new()
    {
        TsEvent = ts,
        TsRecv = ts,
        OrderId = orderId,
        Price = price,
        Size = size,
        InstrumentId = instrumentId,
        Sequence = row,
        Kind = EventKind.Mbo,
        Flags = flags,
        Action = action,
        Side = side,
    };
}
