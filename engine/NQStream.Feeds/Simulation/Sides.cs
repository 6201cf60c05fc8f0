namespace NQStream.Feeds.Simulation;

/// <summary>MBO side and action bytes (dbn.md §5.2).</summary>
internal static class Sides
{
    public const byte Bid = (byte)'B';
    public const byte Ask = (byte)'A';
    public const byte None = (byte)'N';

    public const byte ActionAdd = (byte)'A';
    public const byte ActionCancel = (byte)'C';
    public const byte ActionModify = (byte)'M';
    public const byte ActionTrade = (byte)'T';
    public const byte ActionFill = (byte)'F';

    public static byte Opposite(byte side) => side == Bid ? Ask : Bid;

    /// <summary>+1 for a buyer, −1 for a seller.</summary>
    public static int Sign(byte side) => side == Bid ? 1 : -1;
}
