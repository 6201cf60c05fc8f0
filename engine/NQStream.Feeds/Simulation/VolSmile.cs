namespace NQStream.Feeds.Simulation;

/// <summary>
/// Implied volatility by strike and time: σ = atm·(1 + skew·z + curvature·z²), z = ln(K/F)/(atm·√T), a
/// quadratic smile in standardised moneyness (puts richer for a negative skew), clamped to [0.05, 1.5].
/// </summary>
internal sealed class VolSmile
{
    private readonly double _atm;
    private readonly double _skew;
    private readonly double _curvature;

    public VolSmile(double atm, double skew, double curvature)
    {
        _atm = atm;
        _skew = skew;
        _curvature = curvature;
    }

    public double Sigma(double forward, double strike, double years)
    {
        var z = Math.Log(strike / forward) / (_atm * Math.Sqrt(Math.Max(years, 1e-6)));
        z = Math.Clamp(z, -6.0, 6.0);
        return Math.Clamp(_atm * (1.0 + (_skew * z) + (_curvature * z * z)), 0.05, 1.5);
    }
}
