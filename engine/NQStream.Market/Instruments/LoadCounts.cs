namespace NQStream.Market.Instruments;

/// <summary>Records a <see cref="DefinitionLoader"/> pass applied, by kind.</summary>
/// <param name="Definitions">Definition records.</param>
/// <param name="Statistics">Statistics records.</param>
/// <param name="SymbolMappings">Symbol mapping records.</param>
/// <param name="Other">Records of other types (skipped).</param>
public readonly record struct LoadCounts(long Definitions, long Statistics, long SymbolMappings, long Other)
{
    /// <summary>Adds two passes.</summary>
    public static LoadCounts operator +(LoadCounts a, LoadCounts b) =>
        new(a.Definitions + b.Definitions, a.Statistics + b.Statistics, a.SymbolMappings + b.SymbolMappings, a.Other + b.Other);

    /// <summary>Adds two passes (named alternative to +).</summary>
    public static LoadCounts Add(LoadCounts left, LoadCounts right) => left + right;
}
