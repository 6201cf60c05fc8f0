using System.Diagnostics;
using System.Numerics;

namespace NQStream.Core.Metrics;

/// <summary>
/// A log-linear histogram of non-negative integers (latencies in ns), in the style of HdrHistogram:
/// every power-of-two range is split into 2^<c>precisionBits</c> equal buckets, so a recorded value is
/// known to within a relative error of 2^-<c>precisionBits</c>. Values below 2^(precisionBits+1) are
/// exact. Recording is a few instructions and never allocates; single writer.
/// </summary>
[DebuggerDisplay("Count = {Count}, Max = {Max}")]
public sealed class LogLinearHistogram
{
    private const int MaxExponent = 62;
    private readonly long[] _counts;
    private readonly int _bits;
    private readonly long _subBuckets;
    private long _count;
    private long _min = long.MaxValue;
    private long _max;
    private double _sum;

    /// <summary>Creates a histogram with 2^<paramref name="precisionBits"/> buckets per power of two (1..16).</summary>
    public LogLinearHistogram(int precisionBits = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precisionBits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(precisionBits, 16);
        _bits = precisionBits;
        _subBuckets = 1L << precisionBits;
        _counts = new long[(2 * _subBuckets) + ((MaxExponent - precisionBits) * _subBuckets)];
    }

    /// <summary>Relative resolution of a bucket (2^-precisionBits).</summary>
    public double RelativeError => 1.0 / _subBuckets;

    /// <summary>Values recorded.</summary>
    public long Count => _count;

    /// <summary>Smallest value recorded (exact), or 0 when empty.</summary>
    public long Min => _count == 0 ? 0 : _min;

    /// <summary>Largest value recorded (exact).</summary>
    public long Max => _max;

    /// <summary>Mean of the recorded values (exact sum).</summary>
    public double Mean => _count == 0 ? 0 : _sum / _count;

    /// <summary>Records one value (negative values count as 0).</summary>
    public void Record(long value)
    {
        if (value < 0)
        {
            value = 0;
        }

        _counts[IndexOf(value)]++;
        _count++;
        _sum += value;
        if (value < _min)
        {
            _min = value;
        }

        if (value > _max)
        {
            _max = value;
        }
    }

    /// <summary>
    /// The value at percentile <paramref name="percentile"/> (0..100]: the highest value equivalent to
    /// the bucket holding the rank-th smallest value, capped at <see cref="Max"/>.
    /// </summary>
    public long Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (_count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * _count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(HighestEquivalent(i), _max);
            }
        }

        return _max;
    }

    /// <summary>Adds every value recorded in <paramref name="other"/> (same precision).</summary>
    public void Add(LogLinearHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._bits != _bits)
        {
            throw new ArgumentException($"precision differs: {other._bits} bits vs {_bits} bits", nameof(other));
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        _count += other._count;
        _sum += other._sum;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
    }

    /// <summary>Forgets everything recorded.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        _count = 0;
        _sum = 0;
        _min = long.MaxValue;
        _max = 0;
    }

    /// <summary>The bucket index of <paramref name="value"/>.</summary>
    internal int IndexOf(long value)
    {
        if (value < 2 * _subBuckets)
        {
            return (int)value;
        }

        // Exponent k >= 1: bucket covers [S·2^k, S·2^(k+1)) in steps of 2^k.
        var k = BitOperations.Log2((ulong)value) - _bits;
        return (int)((2 * _subBuckets) + ((k - 1) * _subBuckets) + ((value >> k) - _subBuckets));
    }

    /// <summary>The largest value that maps to bucket <paramref name="index"/>.</summary>
    internal long HighestEquivalent(int index)
    {
        if (index < 2 * _subBuckets)
        {
            return index;
        }

        var offset = index - (2 * _subBuckets);
        var k = (int)(offset / _subBuckets) + 1;
        var sub = (offset % _subBuckets) + _subBuckets;
        return ((sub + 1) << k) - 1;
    }
}
