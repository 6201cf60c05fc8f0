namespace NQStream.Operators.Options;

/// <summary>Which expiries GEX sums over (§7.2).</summary>
public enum ExpiryFilter
{
    /// <summary>Every live expiry of the underlying.</summary>
    AllLive,

    /// <summary>Only the nearest live expiry.</summary>
    Nearest,
}
