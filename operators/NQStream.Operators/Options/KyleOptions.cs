using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Kyle's lambda (§4.5, <c>operators.kyle</c>).</summary>
public sealed class KyleOptions : IOptionsRules
{
    /// <summary>Regression bin length.</summary>
    [DurationRange("1ms", "1h")]
    public TimeSpan Bin { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Rolling regression window.</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Fewest non-empty bins for a value.</summary>
    [Range(2, 1_000_000)]
    public int MinNonemptyBins { get; init; } = 30;

    /// <summary>Regression form.</summary>
    public KyleVariant Variant { get; init; } = KyleVariant.Linear;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var bins = Window.Ticks / Bin.Ticks;
        if (MinNonemptyBins > bins)
        {
            violations.Add(new("min_nonempty_bins", $"got {MinNonemptyBins}, but window / bin = {bins}", $"at most {bins} bins"));
        }
    }
}
