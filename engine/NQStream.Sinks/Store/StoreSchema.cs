namespace NQStream.Sinks.Store;

/// <summary>
/// The sink tables (issue 6): signals (docs/algorithms.md §5.6), their accuracy outcomes (§6.1), windowed operator
/// outputs, feed quality and engine metrics snapshots. Every table has <c>ts</c> (event time, ns) and a de-duplication key so a replay
/// re-sent after a failure replaces rows instead of duplicating them.
/// </summary>
public static class StoreSchema
{
    /// <summary>Emitted signals; <c>ts</c> is the signal's <c>ts_event</c>.</summary>
    public static TableSchema Signals { get; } = new(
        "signals",
        "IFD v3.0 signal records (docs/algorithms.md §5.6); ts = ts_event",
        new("ts", ColumnKind.Timestamp),
        new("underlying", ColumnKind.Symbol),
        new("raw_symbol", ColumnKind.Symbol),
        new("kind", ColumnKind.Symbol),
        new("direction", ColumnKind.Symbol),
        new("signal_class", ColumnKind.Symbol),
        new("priority", ColumnKind.Symbol),
        new("param_set", ColumnKind.Symbol),
        new("signal_id", ColumnKind.Varchar, dedupKey: true),
        new("instrument_id", ColumnKind.Long),
        new("confidence", ColumnKind.Double),
        new("score", ColumnKind.Double),
        new("ev", ColumnKind.Double),
        new("probability", ColumnKind.Double),
        new("target", ColumnKind.Double),
        new("stop", ColumnKind.Double),
        new("size", ColumnKind.Long),
        new("features", ColumnKind.Varchar),
        new("rationale", ColumnKind.Varchar),
        new("underlying_id", ColumnKind.Long),
        new("bucket_start", ColumnKind.Long),
        new("suspect", ColumnKind.Boolean));

    /// <summary>
    /// Resolved accuracy brackets (§6.1), one per tracked signal; <c>ts</c> is the resolution time, <c>signal_ts</c>
    /// the signal's <c>ts_event</c>. <c>outcome</c> is HIT, MISS, TIMEOUT or UNRESOLVED (data ended first).
    /// </summary>
    public static TableSchema SignalOutcomes { get; } = new(
        "signal_outcomes",
        "accuracy bracket outcomes (docs/algorithms.md §6.1) per tracked signal; ts = resolution time",
        new("ts", ColumnKind.Timestamp),
        new("underlying", ColumnKind.Symbol),
        new("outcome", ColumnKind.Symbol),
        new("signal_id", ColumnKind.Varchar, dedupKey: true),
        new("underlying_id", ColumnKind.Long),
        new("signal_ts", ColumnKind.Long),
        new("direction", ColumnKind.Long),
        new("f0", ColumnKind.Double),
        new("mid", ColumnKind.Double),
        new("mfe", ColumnKind.Double),
        new("mae", ColumnKind.Double));

    /// <summary>
    /// Battle zones of a chain snapshot (positioning risk, docs/algorithms.md §10 fixed): one row per zone, ranked by $ at
    /// risk; <c>ts</c> is the snapshot's as-of time. Written by <c>nqstream chain analyze --store</c>.
    /// </summary>
    public static TableSchema BattleZones { get; } = new(
        "battle_zones",
        "battle zones of a chain snapshot (positioning risk); ts = snapshot as-of time",
        new("ts", ColumnKind.Timestamp),
        new("underlying", ColumnKind.Symbol, dedupKey: true),
        new("side", ColumnKind.Symbol),
        new("band", ColumnKind.Symbol),
        new("rank", ColumnKind.Long, dedupKey: true),
        new("strike", ColumnKind.Double),
        new("risk_usd", ColumnKind.Double),
        new("open_interest", ColumnKind.Long),
        new("distance_pts", ColumnKind.Double),
        new("underlying_price", ColumnKind.Double));

    /// <summary>Windowed operator outputs: pressure and volume ratio per instrument and window.</summary>
    public static TableSchema Windows { get; } = new(
        "windows",
        "windowed operator outputs: pressure and volume ratio per instrument and window; ts = window end",
        new("ts", ColumnKind.Timestamp),
        new("raw_symbol", ColumnKind.Symbol),
        new("window_len", ColumnKind.Symbol, dedupKey: true),
        new("instrument_id", ColumnKind.Long, dedupKey: true),
        new("pressure", ColumnKind.Double),
        new("ofi", ColumnKind.Double),
        new("volume", ColumnKind.Long),
        new("buy_volume", ColumnKind.Long),
        new("sell_volume", ColumnKind.Long),
        new("volume_ratio", ColumnKind.Double),
        new("z", ColumnKind.Double));

    /// <summary>Feed quality counters per source and instrument.</summary>
    public static TableSchema FeedQuality { get; } = new(
        "feed_quality",
        "feed quality per source and instrument over an interval; ts = interval end",
        new("ts", ColumnKind.Timestamp),
        new("source", ColumnKind.Symbol, dedupKey: true),
        new("status", ColumnKind.Symbol),
        new("instrument_id", ColumnKind.Long, dedupKey: true),
        new("events", ColumnKind.Long),
        new("gaps", ColumnKind.Long),
        new("out_of_order", ColumnKind.Long),
        new("crossed", ColumnKind.Long),
        new("lag_ms", ColumnKind.Double),
        new("stale", ColumnKind.Boolean));

    /// <summary>Engine metrics snapshots: one row per component and metric.</summary>
    public static TableSchema EngineMetrics { get; } = new(
        "engine_metrics",
        "engine metrics snapshots, one row per component and metric; ts = snapshot time",
        new("ts", ColumnKind.Timestamp),
        new("component", ColumnKind.Symbol, dedupKey: true),
        new("metric", ColumnKind.Symbol, dedupKey: true),
        new("value", ColumnKind.Double));

    /// <summary>Every table, in DDL order.</summary>
    public static IReadOnlyList<TableSchema> All { get; } = [Signals, SignalOutcomes, BattleZones, Windows, FeedQuality, EngineMetrics];
}
