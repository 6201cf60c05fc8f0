namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>What was scored (§5.7).</summary>
public enum MmUnit
{
    /// <summary>An aggressor event.</summary>
    Taker,

    /// <summary>A resting order's life.</summary>
    Maker,
}
