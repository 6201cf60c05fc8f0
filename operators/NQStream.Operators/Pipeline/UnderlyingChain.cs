using NQStream.Operators.Risk;

namespace NQStream.Operators.Pipeline;

/// <summary>The options of one underlying that <see cref="LevelsTracker"/> follows, ordered by strike, and the last levels computed.</summary>
internal sealed class UnderlyingChain
{
    private readonly List<OptionLevels> _options = [];
    private bool _sorted = true;

    public List<OptionLevels> Options => _options;

    public ChainLevels? Cached { get; set; }

    public long CachedVersion { get; set; }

    public void Add(OptionLevels option)
    {
        _options.Add(option);
        _sorted = false;
    }

    /// <summary>Orders by strike, then instrument id (a stable, data-derived order: the sums do not depend on arrival).</summary>
    public void SortIfNeeded()
    {
        if (!_sorted)
        {
            _options.Sort(static (a, b) => a.StrikeRaw != b.StrikeRaw ? a.StrikeRaw.CompareTo(b.StrikeRaw) : a.InstrumentId.CompareTo(b.InstrumentId));
            _sorted = true;
        }
    }

    /// <summary>The earliest expiry not yet expired at <paramref name="tsEvent"/>; <see cref="long.MaxValue"/> when none.</summary>
    public long NearestExpiry(long tsEvent)
    {
        long nearest = long.MaxValue;
        foreach (var o in _options)
        {
            if (tsEvent < o.ExpirationNs && o.ExpirationNs < nearest)
            {
                nearest = o.ExpirationNs;
            }
        }

        return nearest;
    }
}
