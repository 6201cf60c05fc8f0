namespace NQStream.Operators.Risk;

/// <summary>Portfolio risk (algorithms.md §7.1): positions, totals per underlying (ordinal order) and overall.</summary>
/// <param name="Positions">Risk of every priced position.</param>
/// <param name="PerUnderlying">Totals per underlying.</param>
/// <param name="Totals">Overall totals.</param>
/// <param name="UnpricedPositions">Options without greeks: excluded and counted.</param>
public sealed record PortfolioRisk(IReadOnlyList<PositionRisk> Positions, IReadOnlyList<ExposureTotals> PerUnderlying, ExposureTotals Totals, int UnpricedPositions);
