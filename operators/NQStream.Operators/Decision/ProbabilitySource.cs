namespace NQStream.Operators.Decision;

/// <summary>Where a decision's hit probability came from (§6.2).</summary>
public enum ProbabilitySource
{
    /// <summary>No probability (no calibration, no market for the prior).</summary>
    None,

    /// <summary>Wilson lower bound of the key's calibrated hit rate.</summary>
    Calibrated,

    /// <summary>Option-implied prior.</summary>
    Prior,
}
