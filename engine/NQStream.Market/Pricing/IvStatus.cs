namespace NQStream.Market.Pricing;

/// <summary>Outcome of an implied-volatility solve (docs/algorithms.md §3, edge cases).</summary>
public enum IvStatus : byte
{
    /// <summary>A volatility reproducing the price within the tolerance was found (or located to machine precision).</summary>
    Solved = 0,

    /// <summary>Price below the no-arbitrage lower bound D·max(F−K, 0) (calls) or D·max(K−F, 0) (puts), by more than 1e-12: no solution.</summary>
    BelowIntrinsic,

    /// <summary>Price above the no-arbitrage upper bound D·F (calls) or D·K (puts), by more than 1e-12: no solution.</summary>
    AboveBound,

    /// <summary>Price within the arbitrage bounds but its volatility lies outside the configured bracket (<see cref="IvSettings"/>).</summary>
    OutsideBracket,

    /// <summary>The iteration limit was reached before the tolerance was met.</summary>
    NoConvergence,
}
