namespace NQStream.Operators.Pressure;

/// <summary>
/// VPIN (Easley, López de Prado &amp; O'Hara 2012; docs/algorithms.md §4.4) on a volume clock: buckets of
/// V filled by classified volume in event order, a trade larger than the room left split across
/// buckets; VPIN_τ = Σ_{j=τ−n+1..τ} |V_S,j − V_B,j| / (n·V). Volume arrives either with an exact sign
/// (<see cref="OnTrade{TSink}"/>) or with a buy fraction (bulk volume classification,
/// <see cref="OnVolume{TSink}"/>). State is preallocated; nothing is allocated per input.
/// </summary>
public sealed class Vpin
{
    /// <summary>Default <c>n_buckets</c>.</summary>
    public const int DefaultBuckets = 50;

    /// <summary>Default fill tolerance: a bucket closes when filled ≥ V − 1e-9 (§8.1).</summary>
    public const double DefaultCloseTolerance = 1e-9;

    private readonly double _v;
    private readonly double _tolerance;
    private readonly double[] _ring;
    private double _buy;
    private double _sell;
    private long _buckets;

    /// <summary>Creates the operator.</summary>
    /// <param name="bucketVolume">V (<c>bucket_volume</c>: ADV₂₀ / 50 in production, seeded from configuration).</param>
    /// <param name="buckets">n (<c>n_buckets</c>, default 50).</param>
    /// <param name="closeTolerance">Absolute fill tolerance for closing a bucket.</param>
    public Vpin(double bucketVolume, int buckets = DefaultBuckets, double closeTolerance = DefaultCloseTolerance)
    {
        if (!(bucketVolume > 0) || double.IsInfinity(bucketVolume))
        {
            throw new ArgumentOutOfRangeException(nameof(bucketVolume), bucketVolume, "bucket volume must be positive and finite");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(buckets);
        _v = bucketVolume;
        _tolerance = closeTolerance;
        _ring = new double[buckets];
    }

    /// <summary>Bucket volume V.</summary>
    public double BucketVolume => _v;

    /// <summary>Completed buckets.</summary>
    public long Buckets => _buckets;

    /// <summary>Volume in the open bucket.</summary>
    public double OpenVolume => _buy + _sell;

    /// <summary>VPIN after the last completed bucket; null until n buckets exist.</summary>
    public double? Current => _buckets >= _ring.Length ? RingMean() : null;

    /// <summary>Adds a trade with an exact aggressor sign (+1 buy, −1 sell); sign 0 is not bucketed (§4.4).</summary>
    public void OnTrade<TSink>(long tsNs, int sign, long quantity, ref TSink sink)
        where TSink : IOperatorSink<VpinBucket>
    {
        if (sign != 0)
        {
            OnVolume(tsNs, quantity, sign > 0 ? 1.0 : 0.0, ref sink);
        }
    }

    /// <summary>Adds volume of which the fraction <paramref name="buyFraction"/> is buyer-initiated.</summary>
    public void OnVolume<TSink>(long tsNs, double volume, double buyFraction, ref TSink sink)
        where TSink : IOperatorSink<VpinBucket>
    {
        while (volume > 0)
        {
            var take = Math.Min(_v - (_buy + _sell), volume);
            _buy += take * buyFraction;
            _sell += take * (1 - buyFraction);
            volume -= take;
            if (_buy + _sell >= _v - _tolerance)
            {
                CloseBucket(tsNs, ref sink);
            }
        }
    }

    private void CloseBucket<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<VpinBucket>
    {
        var imbalance = Math.Abs(_buy - _sell) / _v;
        _ring[(int)(_buckets % _ring.Length)] = imbalance;
        var index = _buckets++;
        sink.Emit(new VpinBucket(index, tsNs, _buy, _sell, imbalance, Current));
        _buy = 0;
        _sell = 0;
    }

    // Summed afresh per bucket (n adds at bucket rate) so no running-sum drift builds up over days.
    private double RingMean()
    {
        var sum = 0.0;
        foreach (var x in _ring)
        {
            sum += x;
        }

        return sum / _ring.Length;
    }
}
