namespace NQStream.Market.Chain;

/// <summary>The price of a future at the end of a replay: its last valid mid, else its last trade.</summary>
/// <param name="Price">Points.</param>
/// <param name="IsMid">True for the mid of a valid top (bid &lt; ask), false for a trade price.</param>
/// <param name="TsEvent"><c>ts_event</c> of the top or trade (UNIX ns).</param>
public readonly record struct FuturePrice(double Price, bool IsMid, long TsEvent);
