namespace NQStream.Operators.Risk;

/// <summary>Positioning-bias label (algorithms.md §7.5).</summary>
public enum BiasLabel
{
    /// <summary>|B| below the threshold, or no events.</summary>
    Neutral,

    /// <summary>B ≥ threshold.</summary>
    Bullish,

    /// <summary>B ≤ −threshold.</summary>
    Bearish,
}
