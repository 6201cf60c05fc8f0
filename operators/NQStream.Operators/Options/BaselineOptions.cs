using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Volume ratio vs the 20-day baseline (§5.4, <c>operators.baseline</c>).</summary>
public sealed class BaselineOptions : IOptionsRules
{
    /// <summary>Trade dates in the baseline median.</summary>
    [Range(1, 250)]
    public int HistoryDays { get; init; } = 20;

    /// <summary>Fewer history days than this → class NONE, flag WARMUP.</summary>
    [Range(1, 250)]
    public int MinHistoryDays { get; init; } = 10;

    /// <summary>Smallest bucket volume in contracts that can be classed.</summary>
    [Range(0, 1_000_000)]
    public int VolumeFloor { get; init; } = 50;

    /// <summary>Ratio class thresholds (4 / 10 / 30 / 50).</summary>
    public RatioThresholdsOptions Thresholds { get; init; } = new();

    /// <summary>Floor of the scaled MAD in the robust z.</summary>
    [Range(0.0, 10.0, MinimumIsExclusive = true)]
    public double MadFloor { get; init; } = 0.10;

    /// <summary>Per-instrument or per-cell comparison.</summary>
    public BaselineUnit BaselineUnit { get; init; } = BaselineUnit.PerInstrument;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (MinHistoryDays > HistoryDays)
        {
            violations.Add(new("min_history_days", $"got {MinHistoryDays}, above history_days {HistoryDays}", "min_history_days <= history_days"));
        }
    }
}
