using NQStream.Market.Dbn;

namespace NQStream.Market.Chain;

/// <summary>
/// The trades of one instrument from one kind of record: the last price and time, and the volume of the latest trade
/// date seen, split by aggressor side (<c>B</c> = buyer, <c>A</c> = seller; <c>N</c> counts in the total only).
/// A trade of an earlier trade date than the one being counted (out of order) is ignored.
/// </summary>
public struct TradeTally
{
    /// <summary>Price of the last trade, 1e-9 fixed point; <see cref="DbnConstants.UndefPrice"/> when no trade had a price.</summary>
    public long LastPriceRaw { readonly get; private set; }

    /// <summary><c>ts_event</c> of the last priced trade (UNIX ns).</summary>
    public long LastTsEvent { readonly get; private set; }

    /// <summary>Trade records counted.</summary>
    public long Count { readonly get; private set; }

    /// <summary>Trade date the volumes belong to.</summary>
    public DateOnly TradeDate { readonly get; private set; }

    /// <summary>Contracts traded on <see cref="TradeDate"/>.</summary>
    public long Volume { readonly get; private set; }

    /// <summary>Buy-aggressor contracts on <see cref="TradeDate"/>.</summary>
    public long BuyVolume { readonly get; private set; }

    /// <summary>Sell-aggressor contracts on <see cref="TradeDate"/>.</summary>
    public long SellVolume { readonly get; private set; }

    /// <summary>True once a trade was counted.</summary>
    public readonly bool HasTrade => Count > 0;

    /// <summary>The last trade price in points, null when none.</summary>
    public readonly double? LastPrice => Count > 0 ? FixedPoint.ToPoints(LastPriceRaw) : null;

    /// <summary>Counts one trade of <paramref name="size"/> contracts at <paramref name="priceRaw"/> on <paramref name="tradeDate"/>.</summary>
    public void Add(long priceRaw, uint size, byte side, long tsEvent, DateOnly tradeDate)
    {
        if (Count > 0 && tradeDate < TradeDate)
        {
            return;
        }

        if (Count == 0 || tradeDate > TradeDate)
        {
            TradeDate = tradeDate;
            Volume = 0;
            BuyVolume = 0;
            SellVolume = 0;
            if (Count == 0)
            {
                LastPriceRaw = DbnConstants.UndefPrice;
            }
        }

        Count++;
        Volume += size;
        if (side == (byte)'B')
        {
            BuyVolume += size;
        }
        else if (side == (byte)'A')
        {
            SellVolume += size;
        }

        if (priceRaw != DbnConstants.UndefPrice)
        {
            LastPriceRaw = priceRaw;
            LastTsEvent = tsEvent;
        }
    }
}
