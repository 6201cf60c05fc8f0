namespace NQStream.Operators.Options;

/// <summary>What the emergency detector sums over (§5.3).</summary>
public enum EmergencyGroupBy
{
    /// <summary>All options on one underlying future.</summary>
    UnderlyingFuture,
}
