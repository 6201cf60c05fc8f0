namespace NQStream.Market.Dbn.Records;

/// <summary>A v3-shaped DBN record struct that can be overlaid on record bytes.</summary>
public interface IDbnRecord
{
    /// <summary>Size of the struct in bytes (without a trailing <c>ts_out</c>).</summary>
    static abstract int StructSize { get; }
}
