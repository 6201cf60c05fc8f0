using NQStream.Market.Dbn;

namespace NQStream.Operators.Book;

/// <summary>
/// Top of book of one instrument as the flow operators see it: best bid and ask, fixed-point prices
/// (1e-9, <see cref="DbnConstants.UndefPrice"/> = side empty) and sizes. Prices stay <c>long</c> here
/// because the OFI indicators and the quote rule compare them exactly; operators convert to points
/// only for their outputs (<see cref="PointsPerUnit"/>).
/// </summary>
/// <param name="bidPx">Best bid price, 1e-9 fixed point.</param>
/// <param name="bidSz">Size at the best bid.</param>
/// <param name="askPx">Best ask price, 1e-9 fixed point.</param>
/// <param name="askSz">Size at the best ask.</param>
public readonly struct Quote(long bidPx, long bidSz, long askPx, long askSz)
{
    /// <summary>Points per fixed-point price unit (1e-9).</summary>
    public const double PointsPerUnit = 1e-9;

    /// <summary>Best bid price, 1e-9 fixed point.</summary>
    public long BidPx { get; } = bidPx;

    /// <summary>Size at the best bid.</summary>
    public long BidSz { get; } = bidSz;

    /// <summary>Best ask price, 1e-9 fixed point.</summary>
    public long AskPx { get; } = askPx;

    /// <summary>Size at the best ask.</summary>
    public long AskSz { get; } = askSz;

    /// <summary>A book with both sides empty.</summary>
    public static Quote Empty => new(DbnConstants.UndefPrice, 0, DbnConstants.UndefPrice, 0);

    /// <summary>True when the bid side holds a price and a positive size.</summary>
    public bool HasBid => BidPx != DbnConstants.UndefPrice && BidSz > 0;

    /// <summary>True when the ask side holds a price and a positive size.</summary>
    public bool HasAsk => AskPx != DbnConstants.UndefPrice && AskSz > 0;

    /// <summary>State <c>OK</c> of §0.3: both sides present and bid &lt; ask (not locked, not crossed).</summary>
    public bool IsOk => HasBid && HasAsk && BidPx < AskPx;

    /// <summary>Bid + ask (twice the mid), exact in fixed point; meaningful only when <see cref="IsOk"/>.</summary>
    public long MidTimesTwo => BidPx + AskPx;

    /// <summary>Mid in points; meaningful only when <see cref="IsOk"/>.</summary>
    public double MidPts => MidTimesTwo * (PointsPerUnit / 2);

    /// <summary>Ask − bid in points; meaningful only when <see cref="IsOk"/>.</summary>
    public double SpreadPts => (AskPx - BidPx) * PointsPerUnit;
}
