namespace NQStream.Market.Dbn;

/// <summary>Sentinels and sizes of the DBN format (docs/dbn.md §4).</summary>
public static class DbnConstants
{
    /// <summary>Highest DBN version this codec reads and the version it writes.</summary>
    public const byte CurrentVersion = 3;
    /// <summary>Fixed-point price scale: 1 unit = 1e-9.</summary>
    public const long FixedPriceScale = 1_000_000_000;
    /// <summary>No price.</summary>
    public const long UndefPrice = long.MaxValue;
    /// <summary>No order size.</summary>
    public const uint UndefOrderSize = uint.MaxValue;
    /// <summary>No statistic quantity (v3).</summary>
    public const long UndefStatQuantity = long.MaxValue;
    /// <summary>No statistic quantity (v1/v2, 4-byte field).</summary>
    public const int UndefStatQuantityV1 = int.MaxValue;
    /// <summary>No timestamp.</summary>
    public const ulong UndefTimestamp = ulong.MaxValue;
    /// <summary>Symbol string width in v2/v3.</summary>
    public const int SymbolCstrLen = 71;
    /// <summary>Symbol string width in v1.</summary>
    public const int SymbolCstrLenV1 = 22;
    /// <summary>Record length unit: <c>hd.length</c> counts 4-byte words.</summary>
    public const int LengthMultiplier = 4;
    /// <summary>Size of the record header.</summary>
    public const int HeaderSize = 16;
    /// <summary>Largest record a valid length byte can describe.</summary>
    public const int MaxRecordLength = 255 * LengthMultiplier;
    /// <summary>Size of the fixed metadata part after the 8-byte prelude.</summary>
    public const int MetadataFixedLength = 100;
    /// <summary>Size of the prelude: magic, version, length.</summary>
    public const int PreludeSize = 8;
}
