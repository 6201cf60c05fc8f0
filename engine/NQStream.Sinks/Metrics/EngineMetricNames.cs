namespace NQStream.Sinks.Metrics;

/// <summary>
/// The one place that names the engine's metrics. Instrument names are the Prometheus sample names
/// (the exporter maps them one to one), so rules in <c>prometheus/rules</c> and the dashboards in
/// <c>grafana/dashboards</c> use exactly these strings; a test checks that every name they use is here.
/// </summary>
public static class EngineMetricNames
{
    /// <summary>The meter every engine instrument belongs to.</summary>
    public const string MeterName = "NQStream.Engine";

    /// <summary>Counter: events taken in by an operator (label <c>operator</c>).</summary>
    public const string EventsProcessed = "nqstream_events_processed_total";

    /// <summary>Counter: events emitted by an operator (label <c>operator</c>).</summary>
    public const string EventsEmitted = "nqstream_events_emitted_total";

    /// <summary>Counter: seconds an operator spent handling events (label <c>operator</c>).</summary>
    public const string OperatorBusySeconds = "nqstream_operator_busy_seconds_total";

    /// <summary>Histogram: seconds from receipt of an event to the end of its processing.</summary>
    public const string ProcessingLatency = "nqstream_processing_latency_seconds";

    /// <summary>Gauge: filled fraction of a ring, 0..1 (label <c>ring</c>).</summary>
    public const string RingOccupancy = "nqstream_ring_occupancy_ratio";

    /// <summary>Counter: seconds a publisher waited on a full ring (label <c>ring</c>).</summary>
    public const string BackpressureSeconds = "nqstream_backpressure_seconds_total";

    /// <summary>Counter: events that arrived behind the watermark (label <c>operator</c>).</summary>
    public const string LateEvents = "nqstream_late_events_total";

    /// <summary>Counter: messages received from a feed (label <c>feed</c>).</summary>
    public const string FeedMessages = "nqstream_feed_messages_total";

    /// <summary>Gauge: <c>ts_event</c> of the newest event of a feed, Unix seconds (label <c>feed</c>).</summary>
    public const string FeedLastEventTimestamp = "nqstream_feed_last_event_timestamp_seconds";

    /// <summary>Gauge: wall-clock time the newest message of a feed arrived, Unix seconds (label <c>feed</c>).</summary>
    public const string FeedLastReceiveTimestamp = "nqstream_feed_last_receive_timestamp_seconds";

    /// <summary>Gauge: <c>ts_recv − ts_event</c> of the newest event of a feed, seconds (label <c>feed</c>).</summary>
    public const string FeedLag = "nqstream_feed_lag_seconds";

    /// <summary>Counter: sequence gaps detected on a feed (label <c>feed</c>).</summary>
    public const string FeedGaps = "nqstream_feed_gaps_total";

    /// <summary>Gauge: data-quality score of a feed, 0..1 (label <c>feed</c>).</summary>
    public const string FeedQuality = "nqstream_feed_quality_ratio";

    /// <summary>Counter: signals emitted (labels <c>priority</c>, <c>class</c>, <c>underlying</c>).</summary>
    public const string Signals = "nqstream_signals_total";

    /// <summary>Counter: metered market-data cost in US dollars (label <c>feed</c>).</summary>
    public const string DataCostUsd = "nqstream_data_cost_usd_total";

    /// <summary>Gauge: the data-cost budget per day in US dollars.</summary>
    public const string DataBudgetUsd = "nqstream_data_budget_usd";

    /// <summary>Label: operator name.</summary>
    public const string OperatorLabel = "operator";

    /// <summary>Label: ring name.</summary>
    public const string RingLabel = "ring";

    /// <summary>Label: feed name.</summary>
    public const string FeedLabel = "feed";

    /// <summary>Label: signal priority.</summary>
    public const string PriorityLabel = "priority";

    /// <summary>Label: signal class.</summary>
    public const string ClassLabel = "class";

    /// <summary>Label: underlying symbol.</summary>
    public const string UnderlyingLabel = "underlying";

    /// <summary>Bucket bounds of <see cref="ProcessingLatency"/>, seconds (the SLA bound 0.1 is one of them).</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    /// <summary>Every metric name above, for consistency checks against rules and dashboards.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EventsProcessed, EventsEmitted, OperatorBusySeconds, ProcessingLatency, RingOccupancy,
        BackpressureSeconds, LateEvents, FeedMessages, FeedLastEventTimestamp, FeedLastReceiveTimestamp,
        FeedLag, FeedGaps, FeedQuality, Signals, DataCostUsd, DataBudgetUsd,
    ];
}
