namespace NQStream.Operators.Signals;

/// <summary>What kind of flow raised a signal; the names match the ground-truth label kinds of the simulator.</summary>
public enum SignalKind
{
    /// <summary>Volume ratio vs the 20-day baseline (§5.4–5.5).</summary>
    VolumeShock,

    /// <summary>One aggressor event across two or more price levels.</summary>
    Sweep,

    /// <summary>One aggressor event at one price of at least the block premium.</summary>
    Block,

    /// <summary>A refilled resting order (§4.7).</summary>
    Iceberg,

    /// <summary>Rolling option delta on one underlying over the threshold (§5.3).</summary>
    Emergency,
}
