using System.Globalization;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// One labelled series of an instrument. Values are updated lock-free (<see cref="Interlocked"/>) from
/// any thread; a scrape reads them without stopping writers, so a snapshot may be a few updates behind.
/// </summary>
internal sealed class MetricSeries
{
    private readonly object?[] _rawValues;
    private readonly long[]? _buckets;
    private double _value;
    private double _sum;

    public MetricSeries(ReadOnlySpan<KeyValuePair<string, object?>> tags, int bucketCount)
    {
        var pairs = new KeyValuePair<string, string>[tags.Length];
        _rawValues = new object?[tags.Length];
        RawKeys = new string[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            RawKeys[i] = tags[i].Key;
            _rawValues[i] = tags[i].Value;
            pairs[i] = new(tags[i].Key, Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture) ?? string.Empty);
        }

        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        Labels = pairs;
        _buckets = bucketCount > 0 ? new long[bucketCount] : null;
    }

    /// <summary>Labels sorted by name, values formatted with the invariant culture.</summary>
    public KeyValuePair<string, string>[] Labels { get; }

    private string[] RawKeys { get; }

    /// <summary>True when the tags of a measurement name this series (any order).</summary>
    public bool Matches(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length != RawKeys.Length)
        {
            return false;
        }

        for (int i = 0; i < tags.Length; i++)
        {
            if (!Contains(tags[i]))
            {
                return false;
            }
        }

        return true;
    }

    public void Add(double delta)
    {
        double current = Volatile.Read(ref _value);
        while (true)
        {
            double seen = Interlocked.CompareExchange(ref _value, current + delta, current);
            if (seen.Equals(current))
            {
                return;
            }

            current = seen;
        }
    }

    public void Set(double value) => Volatile.Write(ref _value, value);

    public double Value => Volatile.Read(ref _value);

    /// <summary>Counts one observation into bucket <paramref name="bucket"/> and adds it to the sum.</summary>
    public void Observe(int bucket, double value)
    {
        Interlocked.Increment(ref _buckets![bucket]);
        double current = Volatile.Read(ref _sum);
        while (true)
        {
            double seen = Interlocked.CompareExchange(ref _sum, current + value, current);
            if (seen.Equals(current))
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>Copies the per-bucket (non-cumulative) counts; the last one is the +Inf bucket.</summary>
    public long[] ReadBuckets()
    {
        var copy = new long[_buckets!.Length];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = Volatile.Read(ref _buckets[i]);
        }

        return copy;
    }

    public double Sum => Volatile.Read(ref _sum);

    private bool Contains(KeyValuePair<string, object?> tag)
    {
        for (int j = 0; j < RawKeys.Length; j++)
        {
            if (string.Equals(RawKeys[j], tag.Key, StringComparison.Ordinal))
            {
                return Equals(_rawValues[j], tag.Value);
            }
        }

        return false;
    }
}
