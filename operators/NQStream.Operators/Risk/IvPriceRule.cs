using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>
/// The "option price for IV" rule of algorithms.md §3: the mid when both sides are valid and the spread is at most
/// max(<see cref="MaxSpreadTicks"/> ticks, <see cref="MaxSpreadFraction"/> of the mid); else the last trade no older
/// than <see cref="MaxLastAgeNs"/>; else total-variance interpolation in strike; else null. A snapshot has no earlier
/// IV, so the "last IV ≤ 15 min" step does not apply to it.
/// </summary>
public sealed record IvPriceRule
{
    /// <summary>Widest acceptable spread in ticks (3).</summary>
    public int MaxSpreadTicks { get; init; } = 3;

    /// <summary>Widest acceptable spread as a fraction of the mid (0.10).</summary>
    public double MaxSpreadFraction { get; init; } = 0.10;

    /// <summary>Oldest last trade used, in nanoseconds before the snapshot time (60 s).</summary>
    public long MaxLastAgeNs { get; init; } = 60L * 1_000_000_000;

    /// <summary>
    /// Snapshot mode for end-of-day files: accept every last price (trades of any age and settlements) when no
    /// valid mid exists, reported as <see cref="IvSource.StaleLast"/>. Off by default: §3 uses fresh trades only.
    /// </summary>
    public bool AcceptStaleLast { get; init; }

    /// <summary>Solver bracket, tolerance and iteration limit.</summary>
    public IvSettings Solver { get; init; } = IvSettings.Default;
}
