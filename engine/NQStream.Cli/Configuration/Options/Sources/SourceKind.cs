namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>A market-data source the registry can fail over between.</summary>
public enum SourceKind
{
    /// <summary>Databento live gateway / DBN files (MBO, definitions, statistics).</summary>
    Databento,

    /// <summary>Barchart options chains (API with saved-data fallback).</summary>
    Barchart,
}
