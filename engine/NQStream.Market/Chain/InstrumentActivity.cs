using NQStream.Market.Book;

namespace NQStream.Market.Chain;

/// <summary>
/// What a <see cref="ChainTracker"/> saw of one instrument: trades from MBO <c>T</c> records and from trade prints
/// (the <c>trades</c> schema) kept apart so the same trade given in both forms is not counted twice, the publisher of
/// its book, and the last published top with both sides and bid below ask (a valid mid).
/// </summary>
public struct InstrumentActivity
{
    /// <summary>Trades from MBO <c>T</c> records.</summary>
    public TradeTally MboTrades;

    /// <summary>Trades from trade-print records.</summary>
    public TradeTally Prints;

    /// <summary>Publisher of the last MBO record (books are per instrument and publisher).</summary>
    public ushort PublisherId;

    /// <summary>True once an MBO record of the instrument was applied.</summary>
    public bool HasBook;

    /// <summary>True once a published top was <see cref="BookState.Ok"/>.</summary>
    public bool HasValidTop;

    /// <summary>The last published top in <see cref="BookState.Ok"/>.</summary>
    public BookTop LastValidTop;

    /// <summary>The trades to report: the MBO ones when there are any, else the prints.</summary>
    public readonly TradeTally Trades => MboTrades.HasTrade ? MboTrades : Prints;

    /// <summary>Mid of <see cref="LastValidTop"/> in points; null when the book was never valid.</summary>
    public readonly double? LastValidMid => HasValidTop
        ? 0.5 * (FixedPoint.ToPointsUnchecked(LastValidTop.BidPx) + FixedPoint.ToPointsUnchecked(LastValidTop.AskPx))
        : null;
}
