using NQStream.Operators.Numerics;
using NQStream.Operators.Options;

namespace NQStream.Operators.Confidence;

/// <summary>
/// Binomial direction test per instrument and ToD bucket (docs/algorithms.md §5.5):
/// z = (V_B − V_A) / √n ≡ (p̂ − 0.5) / √(0.25/n), p = erfc(|z| / √2). Side <c>N</c> is excluded by the caller.
/// </summary>
public static class DirectionTest
{
    /// <summary>Test on buy and sell counts of one unit (contracts or events).</summary>
    /// <param name="buy">Buy-aggressor trials V_B (≥ 0).</param>
    /// <param name="sell">Sell-aggressor trials V_A (≥ 0).</param>
    public static DirectionTestResult Compute(long buy, long sell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(buy);
        ArgumentOutOfRangeException.ThrowIfNegative(sell);
        var n = buy + sell;
        if (n == 0)
        {
            return new DirectionTestResult(null, 1.0, 0);
        }

        var z = (buy - sell) / Math.Sqrt(n);
        return new DirectionTestResult(z, NormalCdf.Erfc(Math.Abs(z) / Math.Sqrt(2)), n);
    }

    /// <summary>Test in the trial unit chosen by <see cref="ConfidenceOptions.ZUnit"/>.</summary>
    /// <param name="buyContracts">Buy-aggressor contracts.</param>
    /// <param name="sellContracts">Sell-aggressor contracts.</param>
    /// <param name="buyEvents">Buy-aggressor events.</param>
    /// <param name="sellEvents">Sell-aggressor events.</param>
    /// <param name="options">Confidence options.</param>
    public static DirectionTestResult Compute(long buyContracts, long sellContracts, long buyEvents, long sellEvents, ConfidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ZUnit == ZUnit.Events ? Compute(buyEvents, sellEvents) : Compute(buyContracts, sellContracts);
    }
}
