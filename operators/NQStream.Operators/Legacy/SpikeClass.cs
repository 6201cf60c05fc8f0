namespace NQStream.Operators.Legacy;

/// <summary>Volume/OI spike class of the earlier system (algorithms.md §10), lowest first.</summary>
public enum SpikeClass
{
    /// <summary>vol/OI ≥ 10.</summary>
    Moderate,

    /// <summary>vol/OI ≥ 20.</summary>
    High,

    /// <summary>vol/OI ≥ 30.</summary>
    VeryHigh,

    /// <summary>vol/OI ≥ 50.</summary>
    Extreme,
}
