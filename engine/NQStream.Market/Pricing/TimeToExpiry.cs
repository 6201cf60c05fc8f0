namespace NQStream.Market.Pricing;

/// <summary>
/// Time to expiry for Black-76 (docs/algorithms.md §3): T = (expiration_ns − ts_event) / (365·86,400·1e9), ACT/365
/// on the exact expiry instant from the instrument definition (quarterly 08:30 CT, weekly/EOM 15:00 CT). Event time
/// only: both instants are UNIX-epoch nanoseconds from the data, never the wall clock.
/// </summary>
public static class TimeToExpiry
{
    /// <summary>Nanoseconds in an ACT/365 year: 365·86,400·1e9 (exactly representable as a double).</summary>
    public const double NanosecondsPerYear = 365.0 * 86_400.0 * 1e9;

    /// <summary>
    /// Years from <paramref name="tsEventNs"/> to <paramref name="expirationNs"/>; zero or negative once expired
    /// (callers must treat T ≤ 0 as expired, §0.3, and never pass it to Black-76). The difference is taken in 128-bit
    /// integers, so it is exact for any pair of timestamps before the single rounding to double.
    /// </summary>
    public static double Years(long expirationNs, long tsEventNs)
        => (double)((Int128)expirationNs - tsEventNs) / NanosecondsPerYear;

    /// <summary>True when the option has expired at <paramref name="tsEventNs"/> (ts_event ≥ expiration).</summary>
    public static bool IsExpired(long expirationNs, long tsEventNs) => tsEventNs >= expirationNs;

    /// <summary>
    /// T for greeks only, floored at <paramref name="minYears"/> (<c>t_min_greeks</c>, default 60 s): keeps gamma and
    /// theta bounded in the last minute before expiry. Implied volatility uses the unfloored T.
    /// </summary>
    public static double ForGreeks(double years, double minYears) => Math.Max(years, minYears);

    /// <summary>Converts a duration in seconds to ACT/365 years (e.g. <c>t_min_greeks</c> = 60 s).</summary>
    public static double FromSeconds(double seconds) => seconds / (365.0 * 86_400.0);
}
