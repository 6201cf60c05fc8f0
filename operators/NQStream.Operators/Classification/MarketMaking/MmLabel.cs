namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>Label of an order-behaviour score (§5.7). It describes behaviour, never who traded.</summary>
public enum MmLabel
{
    /// <summary>S ≤ mm_max.</summary>
    MarketMaking,

    /// <summary>Between the cut-offs.</summary>
    Mixed,

    /// <summary>S ≥ institutional_min.</summary>
    Institutional,
}
