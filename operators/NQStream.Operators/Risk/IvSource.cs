namespace NQStream.Operators.Risk;

/// <summary>Which rule of algorithms.md §3 ("option price for IV") gave a strike its implied volatility.</summary>
public enum IvSource
{
    /// <summary>No volatility: no usable price and no neighbours to interpolate between.</summary>
    None = 0,

    /// <summary>Mid of a valid quote with spread ≤ max(3 ticks, 10 % of mid).</summary>
    Mid,

    /// <summary>Last trade no older than the configured age.</summary>
    Last,

    /// <summary>Last price accepted regardless of age or settlement status (explicit snapshot mode).</summary>
    StaleLast,

    /// <summary>Total variance σ²T interpolated linearly in strike between the nearest solved strikes of the expiry.</summary>
    Interpolated,

    /// <summary>Expired (T ≤ 0) or expiry unknown: no volatility by policy (§0.3).</summary>
    NoTime,
}
