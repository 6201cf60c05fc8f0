namespace NQStream.Market.Instruments;

/// <summary>One expiry of an underlying: a root's series expiring at one instant, strikes ascending.</summary>
public sealed class ChainExpiry
{
    private readonly ChainStrike[] _strikes;

    internal ChainExpiry(string root, long expirationNs, ExpiryClass expiryClass, ChainStrike[] strikesAscending)
    {
        Root = root;
        ExpirationNs = expirationNs;
        ExpiryClass = expiryClass;
        _strikes = strikesAscending;
    }

    /// <summary>Root of the series, e.g. <c>NQ</c>, <c>QN1</c>.</summary>
    public string Root { get; }

    /// <summary>Last trading time, ns UTC.</summary>
    public long ExpirationNs { get; }

    /// <summary>Expiry class of the series.</summary>
    public ExpiryClass ExpiryClass { get; }

    /// <summary>Strikes, ascending.</summary>
    public IReadOnlyList<ChainStrike> Strikes => _strikes;

    /// <summary>Options in this expiry (calls + puts).</summary>
    public int OptionCount
    {
        get
        {
            var n = 0;
            foreach (var s in _strikes)
            {
                n += (s.Call is null ? 0 : 1) + (s.Put is null ? 0 : 1);
            }

            return n;
        }
    }

    /// <summary>The strike at <paramref name="strikeRaw"/> (binary search, no allocation).</summary>
    public bool TryGetStrike(long strikeRaw, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChainStrike? strike)
    {
        int lo = 0, hi = _strikes.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = _strikes[mid].StrikeRaw;
            if (k == strikeRaw)
            {
                strike = _strikes[mid];
                return true;
            }

            if (k < strikeRaw)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        strike = null;
        return false;
    }
}
