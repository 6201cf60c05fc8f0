namespace NQStream.Market.Dbn;

/// <summary>A metadata symbol mapping: the requested symbol and its intervals.</summary>
/// <param name="RawSymbol">The symbol as requested.</param>
/// <param name="Intervals">Date intervals and the symbol each maps to.</param>
public sealed record SymbolMapping(string RawSymbol, IReadOnlyList<SymbolInterval> Intervals);
