namespace NQStream.Operators.Numerics;

/// <summary>Streaming mean and variance (Welford).</summary>
public struct RunningMoments
{
    private long _n;
    private double _mean;
    private double _m2;

    /// <summary>Number of observations.</summary>
    public readonly long Count => _n;

    /// <summary>Mean; null when empty.</summary>
    public readonly double? Mean => _n > 0 ? _mean : null;

    /// <summary>Sample standard deviation (n − 1 denominator); null below 2 observations.</summary>
    public readonly double? SampleStdDev => _n > 1 ? Math.Sqrt(_m2 / (_n - 1)) : null;

    /// <summary>Adds one observation.</summary>
    public void Add(double x)
    {
        _n++;
        var d = x - _mean;
        _mean += d / _n;
        _m2 += d * (x - _mean);
    }
}
