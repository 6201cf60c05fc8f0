namespace NQStream.Operators.Decision;

/// <summary>Battle-zone alignment of a signal's path F → F + d·target (§6.2, §7.4).</summary>
public enum ZoneAlignment
{
    /// <summary>The path holds a zone whose hedge direction is −d (x = 0).</summary>
    Opposed,

    /// <summary>The path holds no zone (x = 0.5).</summary>
    NoZone,

    /// <summary>The path holds a zone with hedge direction d and none with −d (x = 1).</summary>
    Aligned,
}
