namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>Databento input symbology (<c>stype_in</c>).</summary>
public enum SymbolType
{
    /// <summary>Parent symbols such as <c>NQ.FUT</c> and <c>NQ.OPT</c>.</summary>
    Parent,

    /// <summary>Exchange raw symbols such as <c>NQZ5</c>.</summary>
    RawSymbol,

    /// <summary>Continuous contracts such as <c>NQ.c.0</c>.</summary>
    Continuous,

    /// <summary>Numeric instrument ids.</summary>
    InstrumentId,
}
