using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Distance filter (§5.2, <c>operators.distance</c>).</summary>
public sealed class DistanceOptions
{
    /// <summary>Largest |K − F| / F counted as near the money (inclusive).</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double MaxDistance { get; init; } = 0.02;
}
