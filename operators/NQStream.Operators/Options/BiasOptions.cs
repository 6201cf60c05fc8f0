using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Institutional positioning bias (§7.5, <c>operators.bias</c>); computed for the trade date so far and a rolling window.</summary>
public sealed class BiasOptions
{
    /// <summary>Rolling window next to the trade-date window.</summary>
    [DurationRange("1min", "1d")]
    public TimeSpan RollingWindow { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>|B| at or above which the label is BULLISH or BEARISH.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double LabelThreshold { get; init; } = 0.2;
}
