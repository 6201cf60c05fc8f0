using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>VPIN on the volume clock (§4.4, <c>operators.vpin</c>): bucket volume V = ADV over adv_days / adv_divisor.</summary>
public sealed class VpinOptions
{
    /// <summary>Trade dates in the average daily volume.</summary>
    [Range(1, 250)]
    public int AdvDays { get; init; } = 20;

    /// <summary>Buckets per average day: V = ADV / adv_divisor.</summary>
    [Range(1, 10000)]
    public int AdvDivisor { get; init; } = 50;

    /// <summary>Bucket volume in contracts until adv_days of history exist.</summary>
    [Range(1, 100_000_000)]
    public int SeedBucketVolume { get; init; } = 10_000;

    /// <summary>Buckets n in the VPIN average.</summary>
    [Range(1, 10000)]
    public int NBuckets { get; init; } = 50;

    /// <summary>Whether the volume clock restarts each trade date.</summary>
    public bool ResetDaily { get; init; }
}
