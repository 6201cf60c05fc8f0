namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// Inclusive bounds for a duration value, written in the configuration's own duration syntax
/// (<c>0s</c>, <c>200ms</c>, <c>1h</c>) so the error message can repeat them verbatim.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class DurationRangeAttribute : Attribute
{
    /// <summary>Creates the attribute; both bounds are inclusive.</summary>
    public DurationRangeAttribute(string minimum, string maximum)
    {
        MinimumText = minimum;
        MaximumText = maximum;
        Minimum = Duration.TryParse(minimum, out var min) ? min : throw new ArgumentException("bad duration " + minimum, nameof(minimum));
        Maximum = Duration.TryParse(maximum, out var max) ? max : throw new ArgumentException("bad duration " + maximum, nameof(maximum));
    }

    /// <summary>The lower bound as written.</summary>
    public string MinimumText { get; }

    /// <summary>The upper bound as written.</summary>
    public string MaximumText { get; }

    /// <summary>The lower bound.</summary>
    public TimeSpan Minimum { get; }

    /// <summary>The upper bound.</summary>
    public TimeSpan Maximum { get; }
}
