using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>One engine metric value at a snapshot time.</summary>
public sealed record MetricsSnapshotRow : SinkRow
{
    /// <summary>Component, e.g. <c>ring</c>, <c>graph</c>, <c>store</c>.</summary>
    public required string Component { get; init; }

    /// <summary>Metric name, e.g. <c>events_processed_total</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>Value.</summary>
    public double Value { get; init; }

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.EngineMetrics;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, Component);
        sink.Symbol(2, Metric);
        sink.Double(3, Value);
    }
}
