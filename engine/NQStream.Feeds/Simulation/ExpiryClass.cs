namespace NQStream.Feeds.Simulation;

/// <summary>Expiry class of an option series (algorithms.md §2.2); futures are <see cref="Future"/>.</summary>
public enum ExpiryClass
{
    /// <summary>An NQ quarterly future.</summary>
    Future,
    /// <summary>Daily-expiry weeklies: Q1A–Q5D, QN1, QN2, QN4.</summary>
    Weekly,
    /// <summary>End-of-month QNE and serial QN3.</summary>
    Monthly,
    /// <summary>Quarterly options, root NQ.</summary>
    Quarterly,
}
