namespace NQStream.Operators.Numerics;

/// <summary>
/// Time-weighted mean of a step function: each observed value holds from its timestamp until the next
/// observation (or the closing time). Weights start at the first observation (§8.1 "spread, depth").
/// </summary>
public struct TimeWeightedMean
{
    private bool _has;
    private long _lastTs;
    private double _last;
    private double _integral;
    private long _duration;

    /// <summary>Records that the quantity takes <paramref name="value"/> from <paramref name="tsNs"/> on.</summary>
    public void Observe(long tsNs, double value)
    {
        Accrue(tsNs);
        _has = true;
        _last = value;
    }

    /// <summary>Records that the quantity is undefined from <paramref name="tsNs"/> on (not weighted).</summary>
    public void Suspend(long tsNs)
    {
        Accrue(tsNs);
        _has = false;
        _lastTs = tsNs;
    }

    /// <summary>The mean over [first observation, <paramref name="endNs"/>); null when no time was covered.</summary>
    public readonly double? MeanUntil(long endNs)
    {
        var integral = _integral;
        var duration = _duration;
        if (_has && endNs > _lastTs)
        {
            integral += _last * (endNs - _lastTs);
            duration += endNs - _lastTs;
        }

        return duration > 0 ? integral / duration : null;
    }

    private void Accrue(long tsNs)
    {
        if (_has)
        {
            var dt = tsNs - _lastTs;
            if (dt > 0)
            {
                _integral += _last * dt;
                _duration += dt;
            }
        }

        _lastTs = tsNs;
    }
}
