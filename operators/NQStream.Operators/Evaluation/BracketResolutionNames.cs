namespace NQStream.Operators.Evaluation;

/// <summary>
/// Stable wire names of <see cref="BracketResolution"/> (<c>HIT</c>, <c>MISS</c>, <c>TIMEOUT</c>,
/// <c>UNRESOLVED</c>), as written to the <c>outcome</c> column of the <c>signal_outcomes</c> table.
/// </summary>
public static class BracketResolutionNames
{
    /// <summary>Name of a resolution.</summary>
    /// <param name="resolution">The resolution.</param>
    public static string Of(BracketResolution resolution) => resolution switch
    {
        BracketResolution.Hit => "HIT",
        BracketResolution.Miss => "MISS",
        BracketResolution.Timeout => "TIMEOUT",
        BracketResolution.Unresolved => "UNRESOLVED",
        _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "unknown bracket resolution"),
    };

    /// <summary>Parses a name (ASCII case-insensitive); false for anything else.</summary>
    /// <param name="name">The name.</param>
    /// <param name="resolution">The resolution when the name is known.</param>
    public static bool TryParse(string? name, out BracketResolution resolution)
    {
        foreach (var r in (ReadOnlySpan<BracketResolution>)[BracketResolution.Hit, BracketResolution.Miss, BracketResolution.Timeout, BracketResolution.Unresolved])
        {
            if (string.Equals(name, Of(r), StringComparison.OrdinalIgnoreCase))
            {
                resolution = r;
                return true;
            }
        }

        resolution = default;
        return false;
    }

    /// <summary>
    /// The scored outcome of a resolution: HIT, MISS and TIMEOUT map one to one; UNRESOLVED has none (false).
    /// </summary>
    /// <param name="resolution">The resolution.</param>
    /// <param name="outcome">The scored outcome when there is one.</param>
    public static bool TryGetAccuracyOutcome(BracketResolution resolution, out AccuracyOutcome outcome)
    {
        outcome = resolution switch
        {
            BracketResolution.Hit => AccuracyOutcome.Hit,
            BracketResolution.Miss => AccuracyOutcome.Miss,
            BracketResolution.Timeout => AccuracyOutcome.Timeout,
            _ => default,
        };
        return resolution is BracketResolution.Hit or BracketResolution.Miss or BracketResolution.Timeout;
    }
}
