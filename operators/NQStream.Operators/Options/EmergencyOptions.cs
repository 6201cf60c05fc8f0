using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Emergency detector (§5.3, <c>operators.emergency</c>).</summary>
public sealed class EmergencyOptions
{
    /// <summary>Rolling signed delta that fires, in <see cref="DeltaUnit"/>.</summary>
    [Range(0.0, 1e12, MinimumIsExclusive = true)]
    public double Threshold { get; init; } = 5000;

    /// <summary>Unit of the threshold.</summary>
    public DeltaUnit DeltaUnit { get; init; } = DeltaUnit.X100;

    /// <summary>Rolling window length.</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The detector re-arms when |X| falls below rearm_ratio · threshold.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double RearmRatio { get; init; } = 0.8;

    /// <summary>Grouping of the rolling sum.</summary>
    public EmergencyGroupBy GroupBy { get; init; } = EmergencyGroupBy.UnderlyingFuture;
}
