namespace NQStream.Sinks.Metrics;

/// <summary>The exposition type of a metric family.</summary>
public enum MetricKind
{
    /// <summary>Monotonic total (samples end in <c>_total</c>).</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>Cumulative buckets plus sum and count.</summary>
    Histogram,
}
