namespace NQStream.Operators.Legacy;

/// <summary>
/// Direction of a spike from the aggressor-signed volume (the fix of §10: the earlier system mapped every call to
/// LONG and every put to SHORT, so sold calls counted as bullish).
/// </summary>
public enum SpikeDirection
{
    /// <summary>No aggressor-signed volume available (e.g. a vendor snapshot): direction not claimed.</summary>
    Unknown,

    /// <summary>Net bought calls or net sold puts.</summary>
    Long,

    /// <summary>Net sold calls or net bought puts.</summary>
    Short,

    /// <summary>Buy and sell aggressor volume equal.</summary>
    Flat,
}
