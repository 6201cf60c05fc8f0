namespace NQStream.Market.Dbn;

/// <summary>One interval of a metadata symbol mapping: <c>[StartDate, EndDate)</c> in UTC, dates as YYYYMMDD.</summary>
/// <param name="StartDate">First date (inclusive), YYYYMMDD.</param>
/// <param name="EndDate">End date (exclusive), YYYYMMDD.</param>
/// <param name="Symbol">Mapped symbol, usually the instrument id as text.</param>
public sealed record SymbolInterval(uint StartDate, uint EndDate, string Symbol);
