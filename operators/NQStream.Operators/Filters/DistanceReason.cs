namespace NQStream.Operators.Filters;

/// <summary>Why a distance result has the value it has (docs/algorithms.md §5.2).</summary>
public enum DistanceReason : byte
{
    /// <summary>Distance computed from a valid underlying mid.</summary>
    Ok = 0,

    /// <summary>The option's own underlying future has no valid mid (missing, one-sided, crossed, locked, suspect or stale).</summary>
    NoUnderlying = 1,

    /// <summary>The instrument is not an option, or its definition is unknown.</summary>
    NotOption = 2,
}
