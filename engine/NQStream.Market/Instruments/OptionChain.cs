namespace NQStream.Market.Instruments;

/// <summary>
/// A snapshot view of the current options of a registry: underlying → expiry → strike → call/put, sorted and
/// deterministic (underlyings by the earliest expiry they carry, then symbol; expiries by expiration then root;
/// strikes ascending). Built off the hot path; rebuild after definitions change.
/// </summary>
public sealed class OptionChain
{
    private readonly ChainUnderlying[] _underlyings;

    private OptionChain(ChainUnderlying[] underlyings, int optionCount, int duplicates)
    {
        _underlyings = underlyings;
        OptionCount = optionCount;
        Duplicates = duplicates;
    }

    /// <summary>Underlyings in chain order.</summary>
    public IReadOnlyList<ChainUnderlying> Underlyings => _underlyings;

    /// <summary>Options placed in the chain.</summary>
    public int OptionCount { get; }

    /// <summary>Options that collided with another on underlying, root, expiry, strike and side (the lower id is kept).</summary>
    public int Duplicates { get; }

    /// <summary>Builds the chain from every current option in <paramref name="registry"/>.</summary>
    public static OptionChain Build(InstrumentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var byUnderlying = new Dictionary<string, Dictionary<(long Expiration, string Root), Dictionary<long, ChainStrike>>>(StringComparer.Ordinal);
        var classes = new Dictionary<(long, string), ExpiryClass>();
        var refs = new Dictionary<string, UnderlyingRef>(StringComparer.Ordinal);
        int count = 0, duplicates = 0;
        foreach (var option in registry.Current())
        {
            if (!option.IsOption || option.StrikeRaw == Dbn.DbnConstants.UndefPrice)
            {
                continue;
            }

            if (!byUnderlying.TryGetValue(option.UnderlyingSymbol, out var expiries))
            {
                expiries = [];
                byUnderlying[option.UnderlyingSymbol] = expiries;
            }

            refs[option.UnderlyingSymbol] = registry.UnderlyingOfId(option.InstrumentId);
            var key = (option.ExpirationNs, option.Root);
            classes[key] = option.ExpiryClass;
            if (!expiries.TryGetValue(key, out var strikes))
            {
                strikes = [];
                expiries[key] = strikes;
            }

            if (!strikes.TryGetValue(option.StrikeRaw, out var strike))
            {
                strike = new ChainStrike(option.StrikeRaw);
                strikes[option.StrikeRaw] = strike;
            }

            var existing = strike.Get(option.Class);
            if (existing is not null)
            {
                duplicates++;
                if (existing.InstrumentId < option.InstrumentId)
                {
                    continue;
                }

                count--;
            }

            if (option.Class == InstrumentClass.Call)
            {
                strike.Call = option;
            }
            else
            {
                strike.Put = option;
            }

            count++;
        }

        var underlyings = new List<ChainUnderlying>(byUnderlying.Count);
        foreach (var (symbol, expiries) in byUnderlying)
        {
            var list = new List<ChainExpiry>(expiries.Count);
            foreach (var (key, strikes) in expiries)
            {
                var sorted = strikes.Values.ToArray();
                Array.Sort(sorted, static (a, b) => a.StrikeRaw.CompareTo(b.StrikeRaw));
                list.Add(new ChainExpiry(key.Root, key.Expiration, classes[key], sorted));
            }

            list.Sort(static (a, b) => a.ExpirationNs != b.ExpirationNs
                ? a.ExpirationNs.CompareTo(b.ExpirationNs)
                : string.CompareOrdinal(a.Root, b.Root));
            underlyings.Add(new ChainUnderlying(symbol, refs[symbol], [.. list]));
        }

        underlyings.Sort(static (a, b) =>
        {
            var c = a.Expiries[0].ExpirationNs.CompareTo(b.Expiries[0].ExpirationNs);
            return c != 0 ? c : string.CompareOrdinal(a.Symbol, b.Symbol);
        });
        return new OptionChain([.. underlyings], count, duplicates);
    }

    /// <summary>The options on the future <paramref name="symbol"/>.</summary>
    public bool TryGetUnderlying(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChainUnderlying? underlying)
    {
        foreach (var u in _underlyings)
        {
            if (string.Equals(u.Symbol, symbol, StringComparison.Ordinal))
            {
                underlying = u;
                return true;
            }
        }

        underlying = null;
        return false;
    }

    /// <summary>The option on <paramref name="underlyingSymbol"/> expiring at <paramref name="expirationNs"/> with the given strike and side (any root).</summary>
    public Instrument? Find(string underlyingSymbol, long expirationNs, long strikeRaw, InstrumentClass side)
    {
        if (!TryGetUnderlying(underlyingSymbol, out var u))
        {
            return null;
        }

        foreach (var e in u.Expiries)
        {
            if (e.ExpirationNs == expirationNs && e.TryGetStrike(strikeRaw, out var s) && s.Get(side) is { } option)
            {
                return option;
            }
        }

        return null;
    }
}
