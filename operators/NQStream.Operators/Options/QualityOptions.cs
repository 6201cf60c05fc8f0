using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Quality score (§6.2, <c>operators.quality</c>).</summary>
public sealed class QualityOptions
{
    /// <summary>Component weights.</summary>
    public QualityWeightsOptions Weights { get; init; } = new();

    /// <summary>Smallest quality of a quality setup.</summary>
    [Range(0.0, 1.0)]
    public double QualityMin { get; init; } = 0.60;
}
