namespace NQStream.Core.Metrics;

/// <summary>
/// Instrument names of the ring and graph. The exporter turns dots into underscores and adds unit and
/// <c>_total</c> suffixes, so these become exactly the names the Prometheus rules and Grafana dashboards
/// use (<c>NQStream.Sinks.Metrics.EngineMetricNames</c>; a test checks the mapping).
/// </summary>
public static class CoreMetricNames
{
    /// <summary>Events delivered to an operator → <c>nqstream_events_processed_total</c>.</summary>
    public const string EventsProcessed = "nqstream.events.processed";

    /// <summary>Events an operator released downstream → <c>nqstream_events_emitted_total</c>.</summary>
    public const string EventsEmitted = "nqstream.events.emitted";

    /// <summary>Events on which an operator threw → <c>nqstream_operator_faults_total</c>.</summary>
    public const string OperatorFaults = "nqstream.operator.faults";

    /// <summary>Time an operator spent handling events (s) → <c>nqstream_operator_busy_seconds_total</c>.</summary>
    public const string OperatorBusy = "nqstream.operator.busy";

    /// <summary>Published events not yet released by every consumer → <c>nqstream_ring_occupancy</c>.</summary>
    public const string RingOccupancy = "nqstream.ring.occupancy";

    /// <summary>Occupancy as a fraction of the ring → <c>nqstream_ring_occupancy_ratio</c>.</summary>
    public const string RingOccupancyRatio = "nqstream.ring.occupancy_ratio";

    /// <summary>Ring size → <c>nqstream_ring_capacity</c>.</summary>
    public const string RingCapacity = "nqstream.ring.capacity";

    /// <summary>Time producers waited on a full ring (s) → <c>nqstream_backpressure_seconds_total</c>.</summary>
    public const string Backpressure = "nqstream.backpressure";

    /// <summary>Events behind the watermark, sent to the late output → <c>nqstream_late_events_total</c>.</summary>
    public const string LateEvents = "nqstream.late_events";

    /// <summary>Items a sink edge dropped → <c>nqstream_sink_dropped_total</c>.</summary>
    public const string SinkDropped = "nqstream.sink.dropped";

    /// <summary>Items a sink edge spilled to disk → <c>nqstream_sink_spilled_total</c>.</summary>
    public const string SinkSpilled = "nqstream.sink.spilled";
}
