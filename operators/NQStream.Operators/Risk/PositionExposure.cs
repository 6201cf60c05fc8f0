namespace NQStream.Operators.Risk;

/// <summary>Exposure of one position (algorithms.md §7.1) with the contract multiplier M ($20 for NQ).</summary>
public static class PositionExposure
{
    private const double DaysPerYear = 365.0;

    /// <summary>The position's risk, or null for an option without greeks (the caller counts it as unpriced).</summary>
    public static PositionRisk? Compute(in PositionInput position, double multiplier)
    {
        double delta, gamma = 0.0, vega = 0.0, theta = 0.0;
        if (position.IsFuture)
        {
            delta = 1.0;
        }
        else if (position.Greeks is { } g)
        {
            (delta, gamma, vega, theta) = (g.Delta, g.Gamma, g.Vega, g.Theta);
        }
        else
        {
            return null;
        }

        double q = position.Quantity, f = position.Forward;
        double exposure = q * delta * multiplier;
        return new PositionRisk(
            position.InstrumentId,
            position.Underlying,
            exposure,
            exposure * f,
            q * gamma * multiplier * f * f * 0.01,
            q * vega * multiplier / 100.0,
            q * theta * multiplier / DaysPerYear,
            (position.StopPts ?? 0.0) * Math.Abs(q * delta) * multiplier);
    }
}
