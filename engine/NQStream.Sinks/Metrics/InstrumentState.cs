using System.Diagnostics.Metrics;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// What the exporter keeps for one instrument: its exposition name, kind, bucket bounds and series.
/// Series are found by a linear scan over a copy-on-write array (no allocation once a series exists);
/// only the first measurement of a new label set takes the lock.
/// </summary>
internal sealed class InstrumentState
{
    private readonly object _gate = new();
    private MetricSeries[] _series = [];

    private InstrumentState(Instrument instrument, long order, string name, MetricKind kind, bool cumulativeInput, double[] bounds)
    {
        Order = order;
        Instrument = instrument;
        Name = name;
        Kind = kind;
        CumulativeInput = cumulativeInput;
        Bounds = bounds;
        Help = string.IsNullOrWhiteSpace(instrument.Description) ? name : instrument.Description!;
    }

    public Instrument Instrument { get; }

    /// <summary>Publication order: the first instrument published wins a name clash.</summary>
    public long Order { get; }

    /// <summary>Sample name (counters end in <c>_total</c>, histograms are the base name).</summary>
    public string Name { get; }

    public MetricKind Kind { get; }

    /// <summary>True for observable instruments: each measurement is the current value, not a delta.</summary>
    public bool CumulativeInput { get; }

    /// <summary>Histogram upper bounds, ascending, without +Inf; empty otherwise.</summary>
    public double[] Bounds { get; }

    public string Help { get; }

    public MetricSeries[] Series => Volatile.Read(ref _series);

    /// <summary>Builds the state for an instrument, or returns null for instrument types it does not export.</summary>
    public static InstrumentState? Create(Instrument instrument, long order)
    {
        Type type = instrument.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        Type definition = type.GetGenericTypeDefinition();
        MetricKind kind;
        bool cumulative = instrument.IsObservable;
        if (definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>))
        {
            kind = MetricKind.Counter;
        }
        else if (definition == typeof(Histogram<>))
        {
            kind = MetricKind.Histogram;
        }
        else if (definition == typeof(UpDownCounter<>) || definition == typeof(ObservableUpDownCounter<>)
                 || definition == typeof(Gauge<>) || definition == typeof(ObservableGauge<>))
        {
            kind = MetricKind.Gauge;
            cumulative = cumulative || definition == typeof(Gauge<>);
        }
        else
        {
            return null;
        }

        double[] bounds = kind == MetricKind.Histogram ? HistogramBounds.Of(instrument) : [];
        return new InstrumentState(instrument, order, PrometheusNaming.SampleName(instrument.Name, instrument.Unit, kind), kind, cumulative, bounds);
    }

    /// <summary>Applies one measurement (called from the instrument's thread).</summary>
    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        MetricSeries series = Find(tags);
        if (Kind == MetricKind.Histogram)
        {
            series.Observe(BucketIndex(value), value);
        }
        else if (CumulativeInput)
        {
            series.Set(value);
        }
        else
        {
            series.Add(value);
        }
    }

    private int BucketIndex(double value)
    {
        // Prometheus buckets are inclusive upper bounds: the first bound >= value.
        double[] bounds = Bounds;
        int lo = 0;
        int hi = bounds.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (bounds[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return double.IsNaN(value) ? bounds.Length : lo;
    }

    private MetricSeries Find(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        MetricSeries[] all = Volatile.Read(ref _series);
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i].Matches(tags))
            {
                return all[i];
            }
        }

        lock (_gate)
        {
            all = _series;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Matches(tags))
                {
                    return all[i];
                }
            }

            var created = new MetricSeries(tags, Kind == MetricKind.Histogram ? Bounds.Length + 1 : 0);
            Volatile.Write(ref _series, [.. all, created]);
            return created;
        }
    }
}
