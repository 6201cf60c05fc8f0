using System.Globalization;
using NQStream.Market.Pricing;

namespace NQStream.Market.Chain;

/// <summary>
/// Collects the options of a chain and builds a <see cref="ChainSnapshot"/>. Feeds (Barchart files) and the engine
/// (per-instrument state at the end of a replay: strike, right, OI, volume, last, bid, ask, expiry, underlying price)
/// use the same entry points, so the chain operators cannot tell them apart.
/// </summary>
public sealed class ChainSnapshotBuilder
{
    private readonly string _source;
    private readonly List<OptionQuote> _quotes = [];
    private double? _underlying;
    private string? _underlyingSource;
    private string? _underlyingSymbol;
    private long? _asOfNs;

    /// <summary>Starts an empty chain; <paramref name="source"/> names it in messages (file path, "replay", …).</summary>
    public ChainSnapshotBuilder(string source) => _source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>Number of options added so far.</summary>
    public int Count => _quotes.Count;

    /// <summary>Sets the underlying futures price (points, finite and &gt; 0) and, optionally, how it was obtained.</summary>
    public ChainSnapshotBuilder Underlying(double price, string? source = null)
    {
        if (!(price > 0.0 && double.IsFinite(price)))
        {
            throw new ArgumentOutOfRangeException(nameof(price), Message($"underlying price must be finite and > 0 (got {price})"));
        }

        _underlying = price;
        _underlyingSource = source;
        return this;
    }

    /// <summary>Names the underlying future (raw symbol, e.g. <c>NQZ6</c>).</summary>
    public ChainSnapshotBuilder UnderlyingSymbol(string symbol)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        _underlyingSymbol = symbol;
        return this;
    }

    /// <summary>Sets the snapshot instant (UNIX-epoch nanoseconds).</summary>
    public ChainSnapshotBuilder AsOf(long tsNs)
    {
        _asOfNs = tsNs;
        return this;
    }

    /// <summary>Adds one option from plain per-instrument values (the shape the engine's instrument state has).</summary>
    public ChainSnapshotBuilder Add(
        double strike,
        OptionType type,
        long? openInterest,
        long? volume,
        double? last,
        double? bid,
        double? ask,
        long? expirationNs,
        bool lastIsSettlement = false,
        long? lastTimeNs = null) => Add(new OptionQuote
        {
            StrikeRaw = OptionQuote.ToRaw(strike),
            Type = type,
            OpenInterest = openInterest,
            Volume = volume,
            Last = last,
            Bid = bid,
            Ask = ask,
            ExpirationNs = expirationNs,
            LastIsSettlement = lastIsSettlement,
            LastTimeNs = lastTimeNs,
        });

    /// <summary>Adds one option; throws <see cref="ArgumentException"/> naming the field when a value is out of range.</summary>
    public ChainSnapshotBuilder Add(in OptionQuote quote)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{(quote.Type == OptionType.Call ? 'C' : 'P')}{quote.Strike}");
        if (quote.StrikeRaw <= 0)
        {
            throw new ArgumentException(Message($"{where}: strike must be > 0"), nameof(quote));
        }

        CheckPrice(quote.Bid, "bid", where);
        CheckPrice(quote.Ask, "ask", where);
        CheckPrice(quote.Last, "last", where);
        if (quote.Volume < 0 || quote.OpenInterest < 0 || quote.BuyVolume < 0 || quote.SellVolume < 0)
        {
            throw new ArgumentException(Message($"{where}: volume and open interest must be >= 0"), nameof(quote));
        }

        _quotes.Add(quote);
        return this;
    }

    /// <summary>Sorts, checks for duplicates (same expiry, strike and right) and builds the snapshot.</summary>
    public ChainSnapshot Build()
    {
        var quotes = _quotes.ToArray();
        Array.Sort(quotes, Compare);
        for (int i = 1; i < quotes.Length; i++)
        {
            if (Compare(quotes[i - 1], quotes[i]) == 0)
            {
                throw new ArgumentException(Message(
                    $"duplicate option {(quotes[i].Type == OptionType.Call ? "call" : "put")} {quotes[i].Strike} (expiry {quotes[i].ExpirationNs?.ToString(CultureInfo.InvariantCulture) ?? "unknown"})"));
            }
        }

        return new ChainSnapshot(_source, quotes, _underlying, _asOfNs, _underlyingSymbol, _underlyingSource);
    }

    private static int Compare(OptionQuote a, OptionQuote b)
    {
        int c = Nullable.Compare(a.ExpirationNs, b.ExpirationNs);
        if (c == 0)
        {
            c = a.StrikeRaw.CompareTo(b.StrikeRaw);
        }

        return c != 0 ? c : a.Type.CompareTo(b.Type);
    }

    private void CheckPrice(double? value, string field, string where)
    {
        if (value is double v && !(v >= 0.0 && double.IsFinite(v)))
        {
            throw new ArgumentException(Message($"{where}: {field} must be finite and >= 0 (got {v})"), field);
        }
    }

    private string Message(FormattableString text) => _source + ": " + text.ToString(CultureInfo.InvariantCulture);
}
