namespace NQStream.Market.Chain;

/// <summary>The call and the put of one strike of one expiry (either may be absent).</summary>
public sealed class StrikeRow
{
    /// <summary>Creates the row.</summary>
    public StrikeRow(long strikeRaw, long? expirationNs, OptionQuote? call, OptionQuote? put)
    {
        StrikeRaw = strikeRaw;
        ExpirationNs = expirationNs;
        Call = call;
        Put = put;
    }

    /// <summary>Strike in fixed point (1e-9).</summary>
    public long StrikeRaw { get; }

    /// <summary>Strike in index points.</summary>
    public double Strike => OptionQuote.ToPoints(StrikeRaw);

    /// <summary>Expiry instant (UNIX ns) when known; null groups every quote without an expiry together.</summary>
    public long? ExpirationNs { get; }

    /// <summary>The call, if listed.</summary>
    public OptionQuote? Call { get; }

    /// <summary>The put, if listed.</summary>
    public OptionQuote? Put { get; }

    /// <summary>Call open interest, 0 when missing (algorithms.md §7.2: OI missing → 0).</summary>
    public long CallOi => Call?.OpenInterest ?? 0;

    /// <summary>Put open interest, 0 when missing.</summary>
    public long PutOi => Put?.OpenInterest ?? 0;
}
