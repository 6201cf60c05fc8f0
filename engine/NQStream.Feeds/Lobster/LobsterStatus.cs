namespace NQStream.Feeds.Lobster;

/// <summary>
/// DBN status actions (<c>StatusMsg.action</c>) that LOBSTER halt messages (type 7) map to; the value
/// travels in <c>MarketEvent.StatType</c> of a <c>Status</c> event.
/// </summary>
public static class LobsterStatus
{
    /// <summary>Quoting resumed (LOBSTER price 0).</summary>
    public const ushort Quoting = 3;

    /// <summary>Trading resumed (LOBSTER price 1).</summary>
    public const ushort Trading = 7;

    /// <summary>Trading halted (LOBSTER price −1).</summary>
    public const ushort Halt = 8;
}
