namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>Databento schemas NQStream subscribes to (docs/dbn.md).</summary>
public enum DatabentoSchema
{
    /// <summary>Market by order (rtype 160).</summary>
    Mbo,

    /// <summary>Instrument definitions (rtype 19).</summary>
    Definition,

    /// <summary>Venue statistics, including open interest.</summary>
    Statistics,

    /// <summary>Trading status.</summary>
    Status,

    /// <summary>Trades only.</summary>
    Trades,
}
