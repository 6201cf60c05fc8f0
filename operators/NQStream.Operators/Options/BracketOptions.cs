using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>A fixed EV bracket (§6.2, <c>operators.expected_value.fixed_bracket</c>).</summary>
public sealed class BracketOptions
{
    /// <summary>Target in index points.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double Target { get; init; } = 40;

    /// <summary>Stop in index points.</summary>
    [Range(0.0, 10000.0, MinimumIsExclusive = true)]
    public double Stop { get; init; } = 20;

    /// <summary>Horizon.</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan Horizon { get; init; } = TimeSpan.FromMinutes(60);
}
