namespace NQStream.Market.Dbn.Records;

/// <summary>Convenience accessors for common string fields of records.</summary>
public static class RecordExtensions
{
    /// <summary>The definition's raw symbol, e.g. <c>NQZ5 C21000</c>.</summary>
    public static string RawSymbolText(this in InstrumentDefMsg def) => DbnText.Read(def.RawSymbol);

    /// <summary>The symbol of the underlying, e.g. <c>NQZ5</c>.</summary>
    public static string UnderlyingText(this in InstrumentDefMsg def) => DbnText.Read(def.Underlying);

    /// <summary>The product code (asset), e.g. <c>NQ</c>, <c>QN1</c>.</summary>
    public static string AssetText(this in InstrumentDefMsg def) => DbnText.Read(def.Asset);

    /// <summary>The gateway message text.</summary>
    public static string Text(this in SystemMsg msg) => DbnText.Read(msg.Msg);

    /// <summary>The gateway error text.</summary>
    public static string Text(this in ErrorMsg msg) => DbnText.Read(msg.Err);

    /// <summary>The raw symbol a mapping announces.</summary>
    public static string OutSymbol(this in SymbolMappingMsg msg) => DbnText.Read(msg.StypeOutSymbol);

    /// <summary>The subscribed symbol a mapping answers.</summary>
    public static string InSymbol(this in SymbolMappingMsg msg) => DbnText.Read(msg.StypeInSymbol);
}
