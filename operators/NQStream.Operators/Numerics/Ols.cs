namespace NQStream.Operators.Numerics;

/// <summary>
/// Streaming simple regression y = α + β·x with intercept (ordinary least squares). Centered
/// co-moments are updated Welford-style, so long runs of large values keep full precision.
/// R² = S_xy² / (S_xx·S_yy) (docs/algorithms.md §8.1).
/// </summary>
public struct Ols
{
    private long _n;
    private double _mx;
    private double _my;
    private double _sxx;
    private double _syy;
    private double _sxy;

    /// <summary>Number of observations.</summary>
    public readonly long Count => _n;

    /// <summary>Adds one observation.</summary>
    public void Add(double x, double y)
    {
        _n++;
        var dx = x - _mx;
        var dy = y - _my;
        _mx += dx / _n;
        _my += dy / _n;
        _sxx += dx * (x - _mx);
        _syy += dy * (y - _my);
        _sxy += dx * (y - _my);
    }

    /// <summary>Forgets every observation.</summary>
    public void Reset() => this = default;

    /// <summary>The fit, or null with fewer than 2 observations or zero variance in x or y (§0.3).</summary>
    public readonly OlsFit? Fit()
    {
        if (_n < 2 || !(_sxx > 0) || !(_syy > 0))
        {
            return null;
        }

        var beta = _sxy / _sxx;
        var alpha = _my - (beta * _mx);
        var r2 = _sxy * _sxy / (_sxx * _syy);
        double? t = null;
        if (_n > 2)
        {
            var rss = Math.Max(_syy - (beta * _sxy), 0);
            var se = Math.Sqrt(rss / (_n - 2) / _sxx);
            t = se > 0 ? beta / se : null;
        }

        return new OlsFit(beta, alpha, r2, t, _n);
    }
}
