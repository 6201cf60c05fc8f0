namespace NQStream.Market.Instruments;

/// <summary>The options on one underlying future, by expiry (ascending expiration, then root).</summary>
public sealed class ChainUnderlying
{
    internal ChainUnderlying(string symbol, UnderlyingRef underlying, ChainExpiry[] expiries)
    {
        Symbol = symbol;
        Underlying = underlying;
        Expiries = expiries;
    }

    /// <summary>Raw symbol of the future, e.g. <c>NQZ5</c>.</summary>
    public string Symbol { get; }

    /// <summary>The future's instrument id and how it was resolved.</summary>
    public UnderlyingRef Underlying { get; }

    /// <summary>Expiries, ascending by expiration then root.</summary>
    public IReadOnlyList<ChainExpiry> Expiries { get; }
}
