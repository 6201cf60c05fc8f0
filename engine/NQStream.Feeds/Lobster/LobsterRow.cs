namespace NQStream.Feeds.Lobster;

/// <summary>One message row and its order-book row, as read (the normalized events go to a caller span).</summary>
/// <param name="Row">0-based row number (line − 1) in both files.</param>
/// <param name="TsEvent">Event time, ns since the UNIX epoch (UTC).</param>
/// <param name="Type">LOBSTER message type.</param>
/// <param name="OrderId">Nasdaq order reference (0 on hidden executions).</param>
/// <param name="Size">Shares.</param>
/// <param name="Price">Price, 1e-9 fixed point (type 7: the raw halt code −1/0/1).</param>
/// <param name="Direction">Side of the limit order: +1 buy, −1 sell.</param>
/// <param name="Book">Level-1 book after the message.</param>
/// <param name="EventCount">Normalized events written for this row.</param>
public readonly record struct LobsterRow(
    long Row,
    ulong TsEvent,
    LobsterEventType Type,
    ulong OrderId,
    uint Size,
    long Price,
    int Direction,
    LobsterQuote Book,
    int EventCount)
{
    /// <summary>True for executions (types 4 and 5).</summary>
    public bool IsExecution => Type is LobsterEventType.VisibleExecution or LobsterEventType.HiddenExecution;

    /// <summary>The true aggressor sign of an execution: −direction (a sell limit order executed = buyer-initiated).</summary>
    public int TradeSign => -Direction;
}
