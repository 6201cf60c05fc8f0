using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>The earlier system's "dead-simple" volume/OI spike (§10, <c>operators.volume_oi_spike</c>).</summary>
public sealed class VolumeOiSpikeOptions : IOptionsRules
{
    /// <summary>MODERATE (and admission) at volume/OI ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double Moderate { get; init; } = 10;

    /// <summary>HIGH at volume/OI ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double High { get; init; } = 20;

    /// <summary>VERY_HIGH at volume/OI ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double VeryHigh { get; init; } = 30;

    /// <summary>EXTREME at volume/OI ≥ this.</summary>
    [Range(1.0, 1e6)]
    public double Extreme { get; init; } = 50;

    /// <summary>Smallest session volume in contracts.</summary>
    [Range(0, 100_000_000)]
    public int MinVolume { get; init; } = 500;

    /// <summary>Smallest session dollar size volume × last × $20.</summary>
    [Range(0.0, 1e12)]
    public double MinDollarSize { get; init; } = 100_000;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ClassThresholdRules.CheckAscending(violations, Moderate, High, VeryHigh, Extreme);
    }
}
