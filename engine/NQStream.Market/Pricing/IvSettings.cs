using System.Globalization;

namespace NQStream.Market.Pricing;

/// <summary>
/// Implied-volatility solver parameters (docs/algorithms.md §3: <c>iv_bracket</c>, <c>iv_tolerance</c>,
/// <c>iv_max_iter</c>). Configuration values; <see cref="Default"/> holds the documented defaults.
/// </summary>
public readonly struct IvSettings
{
    /// <summary>Creates validated settings; throws <see cref="ArgumentOutOfRangeException"/> naming the bad field.</summary>
    public IvSettings(double lowerVolatility, double upperVolatility, double priceTolerance, int maxIterations)
    {
        if (!(lowerVolatility > 0.0 && upperVolatility > lowerVolatility && double.IsFinite(upperVolatility)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(lowerVolatility),
                string.Create(CultureInfo.InvariantCulture, $"iv_bracket must satisfy 0 < lower < upper < inf (got [{lowerVolatility}, {upperVolatility}])"));
        }

        if (!(priceTolerance > 0.0 && double.IsFinite(priceTolerance)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(priceTolerance),
                string.Create(CultureInfo.InvariantCulture, $"iv_tolerance must be finite and > 0 points (got {priceTolerance})"));
        }

        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxIterations),
                string.Create(CultureInfo.InvariantCulture, $"iv_max_iter must be >= 1 (got {maxIterations})"));
        }

        LowerVolatility = lowerVolatility;
        UpperVolatility = upperVolatility;
        PriceTolerance = priceTolerance;
        MaxIterations = maxIterations;
    }

    /// <summary>The documented defaults: bracket [1e-4, 5.0], tolerance 1e-10 points, 100 iterations.</summary>
    public static IvSettings Default { get; } = new(1e-4, 5.0, 1e-10, 100);

    /// <summary>Lower end of the volatility bracket.</summary>
    public double LowerVolatility { get; }

    /// <summary>Upper end of the volatility bracket.</summary>
    public double UpperVolatility { get; }

    /// <summary>Stop when |V(σ) − V_market| is below this many points.</summary>
    public double PriceTolerance { get; }

    /// <summary>Maximum number of Newton/bisection steps.</summary>
    public int MaxIterations { get; }
}
