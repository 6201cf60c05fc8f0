using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>Feed quality for one source and instrument over an interval.</summary>
public sealed record FeedQualityRow : SinkRow
{
    /// <summary>Feed source name, e.g. <c>databento</c>.</summary>
    public required string Source { get; init; }

    /// <summary><c>ok</c>, <c>degraded</c> or <c>down</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Instrument id (0 = whole feed).</summary>
    public long InstrumentId { get; init; }

    /// <summary>Events received.</summary>
    public long Events { get; init; }

    /// <summary>Sequence gaps.</summary>
    public long Gaps { get; init; }

    /// <summary>Out-of-order events.</summary>
    public long OutOfOrder { get; init; }

    /// <summary>Crossed-book observations.</summary>
    public long Crossed { get; init; }

    /// <summary>Receive lag in milliseconds.</summary>
    public double LagMs { get; init; } = double.NaN;

    /// <summary>Whether the feed was stale at the end of the interval.</summary>
    public bool Stale { get; init; }

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.FeedQuality;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, Source);
        sink.Symbol(2, Status);
        sink.Long(3, InstrumentId);
        sink.Long(4, Events);
        sink.Long(5, Gaps);
        sink.Long(6, OutOfOrder);
        sink.Long(7, Crossed);
        sink.Double(8, LagMs);
        sink.Boolean(9, Stale);
    }
}
