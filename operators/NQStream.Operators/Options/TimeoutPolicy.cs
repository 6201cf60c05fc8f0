namespace NQStream.Operators.Options;

/// <summary>How a signal that neither hits nor stops within the horizon is scored (§6.1).</summary>
public enum TimeoutPolicy
{
    /// <summary>Counted as a miss.</summary>
    Miss,

    /// <summary>Left out of the statistic.</summary>
    Exclude,
}
