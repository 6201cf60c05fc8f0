using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Institutional size filter (§5.1, <c>operators.size_filter</c>).</summary>
public sealed class SizeFilterOptions
{
    /// <summary>Smallest premium of one aggressor event counted as institutional, in USD (inclusive).</summary>
    [Range(0.0, 1e9)]
    public double MinPremiumUsd { get; init; } = 100_000;
}
