namespace NQStream.Feeds.Simulation;

/// <summary>Kinds of injected institutional flow.</summary>
public enum LabelKind
{
    /// <summary>One aggressor event across ≥ 2 price levels.</summary>
    Sweep,
    /// <summary>One aggressor event at one price of at least the block premium.</summary>
    Block,
    /// <summary>A resting order refilled at the same price after each full fill (native iceberg).</summary>
    Iceberg,
    /// <summary>Extra aggressor volume multiplying an instrument's normal volume in one 30-minute bucket.</summary>
    VolumeShock,
    /// <summary>Aggressor option delta on one underlying of at least the emergency threshold within 5 minutes.</summary>
    Emergency,
}
