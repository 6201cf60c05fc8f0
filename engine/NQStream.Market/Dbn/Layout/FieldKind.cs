namespace NQStream.Market.Dbn.Layout;

/// <summary>Wire type of one DBN field (all little-endian).</summary>
public enum FieldKind : byte
{
    /// <summary>Unsigned 8-bit integer.</summary>
    U8,
    /// <summary>Unsigned 16-bit integer.</summary>
    U16,
    /// <summary>Unsigned 32-bit integer.</summary>
    U32,
    /// <summary>Unsigned 64-bit integer.</summary>
    U64,
    /// <summary>Signed 8-bit integer.</summary>
    I8,
    /// <summary>Signed 16-bit integer.</summary>
    I16,
    /// <summary>Signed 32-bit integer.</summary>
    I32,
    /// <summary>Signed 64-bit integer.</summary>
    I64,
    /// <summary>One ASCII byte.</summary>
    Chr,
    /// <summary>Fixed-width NUL-padded ASCII string.</summary>
    Str,
    /// <summary>Array of 32-byte <c>BidAskPair</c> levels (counts at 24/28).</summary>
    Levels,
    /// <summary>Array of 32-byte <c>ConsolidatedBidAskPair</c> levels (publisher ids at 24/28).</summary>
    ConsolidatedLevels,
}
