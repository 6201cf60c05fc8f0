namespace NQStream.Market.Instruments;

/// <summary>How the registry resolved an option's underlying future to an instrument id.</summary>
public enum UnderlyingSource : byte
{
    /// <summary>Not resolved: no future with the <c>underlying</c> symbol is known and the definition carries no id (<c>NO_UNDERLYING</c>).</summary>
    None = 0,
    /// <summary>Only the option's own <c>underlying_id</c> field names it; the future's definition has not arrived (yet).</summary>
    DefinitionField = 1,
    /// <summary>A symbol mapping record maps the <c>underlying</c> symbol to an id; no future definition yet.</summary>
    SymbolMapping = 2,
    /// <summary>The future's own definition (raw symbol = the option's <c>underlying</c>) is in the registry.</summary>
    FutureDefinition = 3,
}
