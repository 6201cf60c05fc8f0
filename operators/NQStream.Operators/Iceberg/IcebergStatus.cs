namespace NQStream.Operators.Iceberg;

/// <summary>Lifecycle of an <see cref="IcebergCandidate"/>.</summary>
public enum IcebergStatus : byte
{
    /// <summary>Confirmed and still resting (the detection record).</summary>
    Active,

    /// <summary>Ended by the market: exhausted without a refill, moved to another price, or the stream ended.</summary>
    Done,

    /// <summary>Ended without knowing its outcome: the owner cancelled it, the book was cleared, or the feed had a gap.</summary>
    Cancelled,
}
