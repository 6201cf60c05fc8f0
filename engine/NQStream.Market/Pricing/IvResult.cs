using System.Diagnostics;

namespace NQStream.Market.Pricing;

/// <summary>
/// Result of <see cref="ImpliedVol.Solve(double, double, double, double, double, OptionType)"/>: a status, the
/// volatility when solved (null otherwise: output records never carry NaN), and the no-arbitrage bounds the price was
/// checked against.
/// </summary>
[DebuggerDisplay("{Status} {Volatility} after {Iterations} steps")]
public readonly struct IvResult
{
    /// <summary>Creates the record.</summary>
    public IvResult(IvStatus status, double? volatility, int iterations, double lowerBound, double upperBound)
    {
        Status = status;
        Volatility = volatility;
        Iterations = iterations;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>What happened.</summary>
    public IvStatus Status { get; }

    /// <summary>The implied volatility per √year when <see cref="Status"/> is <see cref="IvStatus.Solved"/>; null otherwise.</summary>
    public double? Volatility { get; }

    /// <summary>Price evaluations spent inside the Newton/bisection loop.</summary>
    public int Iterations { get; }

    /// <summary>No-arbitrage lower bound: discounted intrinsic value (points).</summary>
    public double LowerBound { get; }

    /// <summary>No-arbitrage upper bound: D·F for a call, D·K for a put (points).</summary>
    public double UpperBound { get; }

    /// <summary>True when a volatility was found.</summary>
    public bool IsSolved => Status == IvStatus.Solved;
}
