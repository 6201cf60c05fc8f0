namespace NQStream.Market.Dbn;

/// <summary>Text names of schemas and symbology types as Databento spells them.</summary>
public static class SchemaNames
{
    private static readonly string[] Names =
    [
        "mbo", "mbp-1", "mbp-10", "tbbo", "trades", "ohlcv-1s", "ohlcv-1m", "ohlcv-1h", "ohlcv-1d",
        "definition", "statistics", "status", "imbalance", "ohlcv-eod", "cmbp-1", "cbbo-1s", "cbbo-1m",
        "tcbbo", "bbo-1s", "bbo-1m",
    ];

    private static readonly string[] STypes =
    [
        "instrument_id", "raw_symbol", "smart", "continuous", "parent", "nasdaq_symbol", "cms_symbol",
        "isin", "us_code", "bbg_comp_id", "bbg_comp_ticker", "figi", "figi_ticker",
    ];

    /// <summary>Databento's name for a schema id, <c>mixed</c> for 0xFFFF, or <c>unknown(N)</c>.</summary>
    public static string Of(ushort schema) =>
        schema < Names.Length ? Names[schema] : schema == 0xFFFF ? "mixed" : $"unknown({schema})";

    /// <summary>Parses a schema name; returns false when unknown.</summary>
    public static bool TryParse(string name, out Schema schema)
    {
        var i = Array.IndexOf(Names, name);
        schema = i >= 0 ? (Schema)i : Schema.Mixed;
        return i >= 0;
    }

    /// <summary>Databento's name for a symbology type, <c>mixed</c> for 0xFF, or <c>unknown(N)</c>.</summary>
    public static string SType(byte stype) =>
        stype < STypes.Length ? STypes[stype] : stype == 0xFF ? "mixed" : $"unknown({stype})";
}
