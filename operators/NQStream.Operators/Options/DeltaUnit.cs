namespace NQStream.Operators.Options;

/// <summary>Unit of the emergency threshold (§5.3).</summary>
public enum DeltaUnit
{
    /// <summary>Option contracts × delta × 100 (the earlier system's share delta).</summary>
    X100,

    /// <summary>Futures-equivalent contracts.</summary>
    Futures,
}
