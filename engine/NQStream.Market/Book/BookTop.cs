using System.Diagnostics;
using NQStream.Market.Dbn;

namespace NQStream.Market.Book;

/// <summary>
/// The published top of one book, taken after a record carrying <c>F_LAST</c>. Prices are raw fixed-point
/// (1e-9); an empty side has price <see cref="DbnConstants.UndefPrice"/>, size 0 and count 0.
/// </summary>
[DebuggerDisplay("{BidSz}@{BidPx} | {AskPx}x{AskSz} {State}")]
public struct BookTop
{
    /// <summary>Matching-engine time of the record that published this view (ns).</summary>
    public ulong TsEvent;

    /// <summary>Instrument id.</summary>
    public uint InstrumentId;

    /// <summary>Publisher id.</summary>
    public ushort PublisherId;

    /// <summary>Book state.</summary>
    public BookState State;

    /// <summary>Best bid price; <see cref="DbnConstants.UndefPrice"/> when there is no bid.</summary>
    public long BidPx;

    /// <summary>Total size at the best bid.</summary>
    public long BidSz;

    /// <summary>Orders at the best bid.</summary>
    public int BidCt;

    /// <summary>Orders at the best ask.</summary>
    public int AskCt;

    /// <summary>Best ask price; <see cref="DbnConstants.UndefPrice"/> when there is no ask.</summary>
    public long AskPx;

    /// <summary>Total size at the best ask.</summary>
    public long AskSz;

    /// <summary>Whether the bid side has orders.</summary>
    public readonly bool HasBid => BidCt > 0;

    /// <summary>Whether the ask side has orders.</summary>
    public readonly bool HasAsk => AskCt > 0;

    /// <summary>The state implied by the two sides and the suspect flag (suspect wins).</summary>
    public static BookState Classify(bool hasBid, long bidPx, bool hasAsk, long askPx, bool suspect)
    {
        if (suspect)
        {
            return BookState.Suspect;
        }

        if (!hasBid || !hasAsk)
        {
            return hasBid || hasAsk ? BookState.OneSided : BookState.Empty;
        }

        return bidPx > askPx ? BookState.Crossed : bidPx == askPx ? BookState.Locked : BookState.Ok;
    }
}
