using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;

namespace NQStream.Market.Chain;

/// <summary>Building a <see cref="ChainSnapshot"/> from the tracked state.</summary>
public sealed partial class ChainTracker
{
    /// <summary>The future's last valid mid, else its last trade; null when the stream had neither.</summary>
    public FuturePrice? PriceOf(uint futureId)
    {
        var a = Activity(futureId);
        if (a.LastValidMid is double mid)
        {
            return new FuturePrice(mid, true, (long)a.LastValidTop.TsEvent);
        }

        var trades = a.Trades;
        return trades.LastPrice is double last && last > 0.0 ? new FuturePrice(last, false, trades.LastTsEvent) : null;
    }

    /// <summary>
    /// The options of <paramref name="expiries"/> (of <paramref name="underlying"/>) as a snapshot at
    /// <paramref name="asOfNs"/>: bid and ask from each book's current top (none when the side is empty or the book is
    /// suspect), the last trade (or the settlement when no trade is newer than the settled trade date), the volume of
    /// the trade date of <paramref name="asOfNs"/> split by aggressor (null when the stream had no trade data), open
    /// interest from the statistics, expiration from the definition; the underlying price is the future's
    /// <see cref="PriceOf"/> when known. Two roots expiring at the same instant share rows: their open interest and
    /// volumes add up, the prices of the first root are kept. The caller chooses the expiries (live ones).
    /// </summary>
    public ChainSnapshot Snapshot(ChainUnderlying underlying, IEnumerable<ChainExpiry> expiries, long asOfNs, string source)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        ArgumentNullException.ThrowIfNull(expiries);
        var builder = new ChainSnapshotBuilder(source).AsOf(asOfNs).UnderlyingSymbol(underlying.Symbol);
        if (underlying.Underlying.IsResolved && PriceOf(underlying.Underlying.Id) is FuturePrice f)
        {
            builder.Underlying(f.Price, underlying.Symbol + (f.IsMid ? " mid" : " last trade"));
        }

        var asOfDate = TradingSession.TradeDateOf(asOfNs);
        var quotes = new Dictionary<(long Expiration, long Strike, OptionType Type), OptionQuote>();
        var order = new List<(long, long, OptionType)>();
        foreach (var expiry in expiries)
        {
            foreach (var strike in expiry.Strikes)
            {
                Collect(strike.Call, OptionType.Call);
                Collect(strike.Put, OptionType.Put);
            }
        }

        foreach (var key in order)
        {
            builder.Add(quotes[key]);
        }

        return builder.Build();

        void Collect(Instrument? option, OptionType type)
        {
            if (option is null)
            {
                return;
            }

            var quote = QuoteOf(option, type, asOfDate);
            var key = (quote.ExpirationNs ?? long.MaxValue, option.StrikeRaw, type);
            if (quotes.TryGetValue(key, out var first))
            {
                quotes[key] = first with
                {
                    OpenInterest = Sum(first.OpenInterest, quote.OpenInterest),
                    Volume = Sum(first.Volume, quote.Volume),
                    BuyVolume = Sum(first.BuyVolume, quote.BuyVolume),
                    SellVolume = Sum(first.SellVolume, quote.SellVolume),
                };
                return;
            }

            quotes[key] = quote;
            order.Add(key);
        }
    }

    private OptionQuote QuoteOf(Instrument option, OptionType type, DateOnly asOfDate)
    {
        var stats = Statistics.Get(option.InstrumentId);
        var a = Activity(option.InstrumentId);
        var trades = a.Trades;
        bool today = trades.HasTrade && trades.TradeDate == asOfDate;
        var settledDate = InstrumentStatistics.TradeDateOfRef(stats.SettlementRefNs);
        bool tradeIsNewer = trades.LastPrice is not null && (stats.Settlement is null || settledDate is not DateOnly settled || trades.TradeDate > settled);
        double? last = tradeIsNewer ? trades.LastPrice : stats.Settlement;

        double? bid = null, ask = null;
        if (a.HasBook && Books.Find(option.InstrumentId, a.PublisherId) is { } book && book.Top.State != BookState.Suspect)
        {
            var top = book.Top;
            bid = top.HasBid ? NonNegative(FixedPoint.ToPointsUnchecked(top.BidPx)) : null;
            ask = top.HasAsk ? NonNegative(FixedPoint.ToPointsUnchecked(top.AskPx)) : null;
        }

        return new OptionQuote
        {
            StrikeRaw = option.StrikeRaw,
            Type = type,
            Bid = bid,
            Ask = ask,
            Last = NonNegative(last),
            LastIsSettlement = !tradeIsNewer && last is not null,
            LastTimeNs = tradeIsNewer ? trades.LastTsEvent : null,
            Volume = HasTradeData ? (today ? trades.Volume : 0) : null,
            BuyVolume = HasTradeData ? (today ? trades.BuyVolume : 0) : null,
            SellVolume = HasTradeData ? (today ? trades.SellVolume : 0) : null,
            OpenInterest = stats.OpenInterest,
            ExpirationNs = option.HasExpiration ? option.ExpirationNs : null,
            Symbol = option.RawSymbol,
        };
    }

    private static double? NonNegative(double? price) => price is double p && p >= 0.0 && double.IsFinite(p) ? p : null;

    private static long? Sum(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
