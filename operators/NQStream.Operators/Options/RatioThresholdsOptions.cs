using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Volume-ratio class thresholds (§5.4, <c>operators.baseline.thresholds</c>).</summary>
public sealed class RatioThresholdsOptions : IOptionsRules
{
    /// <summary>MODERATE at R ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double Moderate { get; init; } = 4;

    /// <summary>HIGH at R ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double High { get; init; } = 10;

    /// <summary>VERY_HIGH at R ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double VeryHigh { get; init; } = 30;

    /// <summary>EXTREME at R ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double Extreme { get; init; } = 50;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ClassThresholdRules.CheckAscending(violations, Moderate, High, VeryHigh, Extreme);
    }
}
