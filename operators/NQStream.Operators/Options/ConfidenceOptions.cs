using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Direction test and FDR control (§5.5, <c>operators.confidence</c>).</summary>
public sealed class ConfidenceOptions
{
    /// <summary>Benjamini–Hochberg false discovery rate q.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double FdrQ { get; init; } = 0.05;

    /// <summary>Trial unit of the z test.</summary>
    public ZUnit ZUnit { get; init; } = ZUnit.Contracts;
}
