using NQStream.Market.Dbn;

namespace NQStream.Feeds.Lobster;

/// <summary>
/// The level-1 book of one order-book row (the state after its message). Prices 1e-9 fixed point;
/// an empty side (LOBSTER dummy price) is <see cref="DbnConstants.UndefPrice"/> with size 0.
/// </summary>
/// <param name="AskPx">Best ask price.</param>
/// <param name="AskSz">Shares at the best ask.</param>
/// <param name="BidPx">Best bid price.</param>
/// <param name="BidSz">Shares at the best bid.</param>
public readonly record struct LobsterQuote(long AskPx, long AskSz, long BidPx, long BidSz)
{
    /// <summary>True when both sides hold a price.</summary>
    public bool IsTwoSided => AskPx != DbnConstants.UndefPrice && BidPx != DbnConstants.UndefPrice;
}
