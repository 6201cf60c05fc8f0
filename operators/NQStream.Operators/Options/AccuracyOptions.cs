using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Directional accuracy scoring (§6.1, <c>operators.accuracy</c>).</summary>
public sealed class AccuracyOptions
{
    /// <summary>Favourable move in index points that counts as a hit.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double Target { get; init; } = 10;

    /// <summary>Adverse move in index points that counts as a miss.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double Stop { get; init; } = 10;

    /// <summary>Time allowed for target or stop.</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan Horizon { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Scoring of signals that time out.</summary>
    public TimeoutPolicy TimeoutPolicy { get; init; } = TimeoutPolicy.Miss;

    /// <summary>Confidence level of the Wilson lower bound.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double Confidence { get; init; } = 0.95;

    /// <summary>Fewest scored signals for the pass criterion.</summary>
    [Range(1, 1_000_000)]
    public int MinN { get; init; } = 50;
}
