namespace NQStream.Operators.Options;

/// <summary>Volume-ratio classes, ordered (§5.4).</summary>
public enum RatioClass
{
    /// <summary>Below the moderate threshold.</summary>
    None,

    /// <summary>Ratio ≥ 4 by default.</summary>
    Moderate,

    /// <summary>Ratio ≥ 10 by default.</summary>
    High,

    /// <summary>Ratio ≥ 30 by default.</summary>
    VeryHigh,

    /// <summary>Ratio ≥ 50 by default.</summary>
    Extreme,
}
