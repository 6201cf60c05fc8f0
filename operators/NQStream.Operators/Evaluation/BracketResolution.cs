namespace NQStream.Operators.Evaluation;

/// <summary>
/// How a tracked bracket ended (§6.1), as <see cref="BracketTracker"/> reports it. It extends
/// <see cref="AccuracyOutcome"/> with <see cref="Unresolved"/>, which is kept out of that enum because the
/// statistics over it (<see cref="HitRate"/>, <see cref="CalibrationTable"/>) treat every value as scored.
/// </summary>
public enum BracketResolution
{
    /// <summary>d·(mid − F₀) reached +target before −stop.</summary>
    Hit,

    /// <summary>−stop reached first, or both reached within the same <c>ts_event</c>.</summary>
    Miss,

    /// <summary>Neither within the horizon; scored by <c>timeout_policy</c>.</summary>
    Timeout,

    /// <summary>The data ended before the horizon did: not scored, counted.</summary>
    Unresolved,
}
