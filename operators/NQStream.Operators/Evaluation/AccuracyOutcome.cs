namespace NQStream.Operators.Evaluation;

/// <summary>Resolution of one scored signal against its bracket (§6.1).</summary>
public enum AccuracyOutcome
{
    /// <summary>Target reached before the stop.</summary>
    Hit,

    /// <summary>Stop reached first, or both crossed by the same book update.</summary>
    Miss,

    /// <summary>Neither within the horizon; scored by <c>timeout_policy</c>.</summary>
    Timeout,
}
