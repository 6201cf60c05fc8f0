using System.Globalization;
using NQStream.Market.Pricing;

namespace NQStream.Market.Chain;

/// <summary>
/// An option chain at one instant: the quotes of one or more expiries of one underlying, with the underlying price
/// and the snapshot time when the source knows them. Built by <see cref="ChainSnapshotBuilder"/> (Barchart files, or
/// the engine's instrument/OI state at the end of a replay); immutable afterwards.
/// </summary>
public sealed class ChainSnapshot
{
    private readonly OptionQuote[] _quotes;

    internal ChainSnapshot(string source, OptionQuote[] quotes, double? underlyingPrice, long? asOfNs, string? underlyingSymbol = null, string? underlyingPriceSource = null)
    {
        Source = source;
        _quotes = quotes;
        UnderlyingPrice = underlyingPrice;
        AsOfNs = asOfNs;
        UnderlyingSymbol = underlyingSymbol;
        UnderlyingPriceSource = underlyingPrice is null ? null : underlyingPriceSource;
        Rows = BuildRows(quotes);
    }

    /// <summary>Where the snapshot came from (file path or a description), for messages.</summary>
    public string Source { get; }

    /// <summary>Every quote, ordered by expiry (unknown first), strike, call before put.</summary>
    public IReadOnlyList<OptionQuote> Quotes => _quotes;

    /// <summary>Price of the underlying future (points) when the source carries it.</summary>
    public double? UnderlyingPrice { get; }

    /// <summary>Raw symbol of the underlying future (e.g. <c>NQZ6</c>) when the source names it.</summary>
    public string? UnderlyingSymbol { get; }

    /// <summary>How <see cref="UnderlyingPrice"/> was obtained (e.g. "NQZ6 mid"), when the source says; null without a price.</summary>
    public string? UnderlyingPriceSource { get; }

    /// <summary>Snapshot instant (UNIX ns) when known.</summary>
    public long? AsOfNs { get; }

    /// <summary>Calls and puts paired per (expiry, strike), ordered by expiry then strike.</summary>
    public IReadOnlyList<StrikeRow> Rows { get; }

    /// <summary>Number of calls.</summary>
    public int CallCount => Count(OptionType.Call);

    /// <summary>Number of puts.</summary>
    public int PutCount => Count(OptionType.Put);

    /// <summary>The distinct expiries (null = unknown), in order.</summary>
    public IReadOnlyList<long?> Expirations()
    {
        var list = new List<long?>();
        foreach (var row in Rows)
        {
            if (list.Count == 0 || list[^1] != row.ExpirationNs)
            {
                list.Add(row.ExpirationNs);
            }
        }

        return list;
    }

    /// <summary>A copy with the underlying price, snapshot time or expiry of undated quotes replaced (null keeps the current value).</summary>
    public ChainSnapshot With(double? underlyingPrice = null, long? asOfNs = null, long? expirationNs = null)
    {
        var quotes = (OptionQuote[])_quotes.Clone();
        if (expirationNs is long expiry)
        {
            for (int i = 0; i < quotes.Length; i++)
            {
                if (quotes[i].ExpirationNs is null)
                {
                    quotes[i] = quotes[i] with { ExpirationNs = expiry };
                }
            }
        }

        return underlyingPrice is null
            ? new ChainSnapshot(Source, quotes, UnderlyingPrice, asOfNs ?? AsOfNs, UnderlyingSymbol, UnderlyingPriceSource)
            : new ChainSnapshot(Source, quotes, underlyingPrice, asOfNs ?? AsOfNs, UnderlyingSymbol, null);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Source}: {CallCount} calls, {PutCount} puts, {Rows.Count} strike rows");

    private int Count(OptionType type)
    {
        int n = 0;
        foreach (var quote in _quotes)
        {
            if (quote.Type == type)
            {
                n++;
            }
        }

        return n;
    }

    private static StrikeRow[] BuildRows(OptionQuote[] quotes)
    {
        var rows = new List<StrikeRow>();
        int i = 0;
        while (i < quotes.Length)
        {
            OptionQuote? call = null, put = null;
            var first = quotes[i];
            while (i < quotes.Length && quotes[i].StrikeRaw == first.StrikeRaw && quotes[i].ExpirationNs == first.ExpirationNs)
            {
                if (quotes[i].Type == OptionType.Call)
                {
                    call = quotes[i];
                }
                else
                {
                    put = quotes[i];
                }

                i++;
            }

            rows.Add(new StrikeRow(first.StrikeRaw, first.ExpirationNs, call, put));
        }

        return [.. rows];
    }
}
