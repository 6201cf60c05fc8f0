using System.Diagnostics.Metrics;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// Creates the engine's instruments on the <see cref="EngineMetricNames.MeterName"/> meter. Components
/// record into these; the exporter (<see cref="MetricsRegistry"/>) reads them through a
/// <see cref="MeterListener"/>, so nothing on the hot path formats text.
/// </summary>
public sealed class EngineMetrics : IDisposable
{
    private readonly Meter _meter;

    /// <summary>Creates the meter and its instruments.</summary>
    /// <param name="meterName">Meter name; defaults to <see cref="EngineMetricNames.MeterName"/> (tests pass their own).</param>
    public EngineMetrics(string meterName = EngineMetricNames.MeterName)
    {
        _meter = new Meter(meterName);
        EventsProcessed = _meter.CreateCounter<long>(EngineMetricNames.EventsProcessed, null, "Events taken in by an operator.");
        EventsEmitted = _meter.CreateCounter<long>(EngineMetricNames.EventsEmitted, null, "Events emitted by an operator.");
        OperatorBusySeconds = _meter.CreateCounter<double>(EngineMetricNames.OperatorBusySeconds, "s", "Time an operator spent handling events.");
        ProcessingLatency = _meter.CreateHistogram(
            EngineMetricNames.ProcessingLatency,
            "s",
            "Seconds from receipt of an event to the end of its processing.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = EngineMetricNames.LatencyBuckets });
        RingOccupancy = _meter.CreateGauge<double>(EngineMetricNames.RingOccupancy, null, "Filled fraction of a ring (0..1).");
        BackpressureSeconds = _meter.CreateCounter<double>(EngineMetricNames.BackpressureSeconds, "s", "Time publishers waited on a full ring.");
        LateEvents = _meter.CreateCounter<long>(EngineMetricNames.LateEvents, null, "Events that arrived behind the watermark.");
        FeedMessages = _meter.CreateCounter<long>(EngineMetricNames.FeedMessages, null, "Messages received from a feed.");
        FeedLastEventTimestamp = _meter.CreateGauge<double>(EngineMetricNames.FeedLastEventTimestamp, "s", "ts_event of the newest event of a feed (Unix seconds).");
        FeedLastReceiveTimestamp = _meter.CreateGauge<double>(EngineMetricNames.FeedLastReceiveTimestamp, "s", "Wall-clock time the newest message of a feed arrived (Unix seconds).");
        FeedLag = _meter.CreateGauge<double>(EngineMetricNames.FeedLag, "s", "ts_recv minus ts_event of the newest event of a feed.");
        FeedGaps = _meter.CreateCounter<long>(EngineMetricNames.FeedGaps, null, "Sequence gaps detected on a feed.");
        FeedQuality = _meter.CreateGauge<double>(EngineMetricNames.FeedQuality, null, "Data-quality score of a feed (0..1).");
        Signals = _meter.CreateCounter<long>(EngineMetricNames.Signals, null, "Signals emitted, by priority, class and underlying.");
        DataCostUsd = _meter.CreateCounter<double>(EngineMetricNames.DataCostUsd, null, "Metered market-data cost in US dollars.");
        DataBudgetUsd = _meter.CreateGauge<double>(EngineMetricNames.DataBudgetUsd, null, "Market-data cost budget per day in US dollars.");
    }

    /// <summary>Events taken in, tag <c>operator</c>.</summary>
    public Counter<long> EventsProcessed { get; }

    /// <summary>Events emitted, tag <c>operator</c>.</summary>
    public Counter<long> EventsEmitted { get; }

    /// <summary>Busy seconds, tag <c>operator</c>.</summary>
    public Counter<double> OperatorBusySeconds { get; }

    /// <summary>End-to-end processing latency in seconds.</summary>
    public Histogram<double> ProcessingLatency { get; }

    /// <summary>Ring occupancy 0..1, tag <c>ring</c>.</summary>
    public Gauge<double> RingOccupancy { get; }

    /// <summary>Seconds blocked on a full ring, tag <c>ring</c>.</summary>
    public Counter<double> BackpressureSeconds { get; }

    /// <summary>Late events, tag <c>operator</c>.</summary>
    public Counter<long> LateEvents { get; }

    /// <summary>Feed messages, tag <c>feed</c>.</summary>
    public Counter<long> FeedMessages { get; }

    /// <summary>Newest <c>ts_event</c> in Unix seconds, tag <c>feed</c>.</summary>
    public Gauge<double> FeedLastEventTimestamp { get; }

    /// <summary>Wall-clock arrival of the newest message in Unix seconds, tag <c>feed</c>.</summary>
    public Gauge<double> FeedLastReceiveTimestamp { get; }

    /// <summary>Feed lag in seconds, tag <c>feed</c>.</summary>
    public Gauge<double> FeedLag { get; }

    /// <summary>Sequence gaps, tag <c>feed</c>.</summary>
    public Counter<long> FeedGaps { get; }

    /// <summary>Feed quality 0..1, tag <c>feed</c>.</summary>
    public Gauge<double> FeedQuality { get; }

    /// <summary>Signals, tags <c>priority</c>, <c>class</c>, <c>underlying</c>.</summary>
    public Counter<long> Signals { get; }

    /// <summary>Data cost in US dollars, tag <c>feed</c>.</summary>
    public Counter<double> DataCostUsd { get; }

    /// <summary>Daily data-cost budget in US dollars.</summary>
    public Gauge<double> DataBudgetUsd { get; }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
