using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>OFI, aggressor imbalance and delta-weighted flow (§4.1–4.3, <c>operators.pressure</c>).</summary>
public sealed class PressureOptions : IOptionsRules
{
    /// <summary>Tumbling window lengths, ascending.</summary>
    [MinLength(1)]
    [DurationRange("1ms", "1d")]
    public IReadOnlyList<TimeSpan> Windows { get; init; } =
        [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300)];

    /// <summary>Book levels in OFI (1 = top of book; up to 10 for multi-level OFI).</summary>
    [Range(1, 10)]
    public int Levels { get; init; } = 1;

    /// <summary>Rolling window of the OFI price-impact regression.</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan ImpactWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        for (var i = 1; i < Windows.Count; i++)
        {
            if (Windows[i] <= Windows[i - 1])
            {
                violations.Add(new($"windows[{i}]", $"got {Duration.Format(Windows[i])} after {Duration.Format(Windows[i - 1])}", "strictly ascending windows"));
            }
        }
    }
}
