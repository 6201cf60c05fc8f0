namespace NQStream.Operators.Legacy;

/// <summary>Distance band of an at-risk strike (earlier system's "urgency").</summary>
public enum RiskBand
{
    /// <summary>Within immediate_pts (10).</summary>
    Immediate,

    /// <summary>Within near_term_pts (25).</summary>
    NearTerm,

    /// <summary>Within medium_term_pts (50).</summary>
    MediumTerm,

    /// <summary>Beyond.</summary>
    Distant,
}
