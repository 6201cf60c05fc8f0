using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Iceberg detection (§4.7, <c>operators.iceberg</c>); starting values, tune on data.</summary>
public sealed class IcebergOptions
{
    /// <summary>Longest gap between a fill and the synthetic refill.</summary>
    [DurationRange("1ms", "1min")]
    public TimeSpan RefillWindow { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Relative tolerance of refill size against the previous clip.</summary>
    [Range(0.0, 1.0)]
    public double SizeTol { get; init; } = 0.10;

    /// <summary>Refills before a synthetic candidate is reported.</summary>
    [Range(1, 1000)]
    public int MinRefills { get; init; } = 2;

    /// <summary>Smallest clip in contracts.</summary>
    [Range(1, 100_000)]
    public int MinClip { get; init; } = 2;

    /// <summary>
    /// Longest gap between the exhaustion of a native iceberg's displayed size and the reappearance of the same
    /// order id (§4.7 native (b)). <c>0s</c> (the default) means "the same venue event": the refill must arrive
    /// before the record carrying <c>F_LAST</c> of the event that exhausted it.
    /// </summary>
    [DurationRange("0s", "1min")]
    public TimeSpan NativeRefillWindow { get; init; } = TimeSpan.Zero;
}
