namespace NQStream.Operators.Legacy;

/// <summary>Bias from the call/put risk ratio.</summary>
public enum RiskBias
{
    /// <summary>Ratio between the two thresholds, or no risk on either side: contested, sideways.</summary>
    Balanced,

    /// <summary>Call risk / put risk above upward_ratio (or put risk zero with call risk): call holders have more to lose.</summary>
    Upward,

    /// <summary>Ratio below downward_ratio: put holders have more to lose.</summary>
    Downward,
}
