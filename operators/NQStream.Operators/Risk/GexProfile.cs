namespace NQStream.Operators.Risk;

/// <summary>The GEX profile of one underlying (algorithms.md §7.2).</summary>
/// <param name="Forward">F used (points).</param>
/// <param name="Signs">Dealer assumption, shown with every output.</param>
/// <param name="PerStrike">GEX per strike, ascending.</param>
/// <param name="NetGex">Σ GEX_K over priced strikes ($ per 1 % move).</param>
/// <param name="ZeroGamma">Flip level nearest to F on the grid, linearly interpolated; null when NetGEX(X) keeps its sign.</param>
/// <param name="NetSign">Sign of NetGEX at F (+1 dampening, −1 amplifying, 0): reported when there is no flip.</param>
/// <param name="ExcludedRows">(expiry, strike) rows with open interest but no gamma (no IV, expired or no expiry), counted.</param>
public sealed record GexProfile(
    double Forward,
    DealerSigns Signs,
    IReadOnlyList<StrikeGex> PerStrike,
    double NetGex,
    double? ZeroGamma,
    int NetSign,
    int ExcludedRows);
