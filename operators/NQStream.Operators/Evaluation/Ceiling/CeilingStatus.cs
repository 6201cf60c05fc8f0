namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>How one oracle bracket ended.</summary>
public enum CeilingStatus
{
    /// <summary>The label's delta is 0: no direction, never tracked (counted, not scored).</summary>
    NoDirection,

    /// <summary>The underlying had no valid mid within <c>max_mid_age</c> at t₀: never tracked (counted, not scored).</summary>
    NoMid,

    /// <summary>d·(mid − F₀) reached +target before −stop.</summary>
    Hit,

    /// <summary>−stop reached first, or both within the same <c>ts_event</c>.</summary>
    Miss,

    /// <summary>Neither within the horizon (scored by <c>timeout_policy</c>).</summary>
    Timeout,

    /// <summary>The data ended before the horizon did (counted, not scored).</summary>
    Unresolved,
}
