using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>
/// The accuracy outcome of one tracked signal (docs/algorithms.md §6.1, table <c>signal_outcomes</c>);
/// <see cref="SinkRow.Ts"/> is the resolution time. Excursions are in index points, ≥ 0.
/// </summary>
public sealed record SignalOutcomeRow : SinkRow
{
    /// <summary>Id of the signal (joins <c>signals.signal_id</c>).</summary>
    public required string SignalId { get; init; }

    /// <summary>Underlying future whose mids decided the bracket, e.g. <c>NQZ5</c>.</summary>
    public required string Underlying { get; init; }

    /// <summary><c>HIT</c>, <c>MISS</c>, <c>TIMEOUT</c> or <c>UNRESOLVED</c> (data ended before the horizon).</summary>
    public required string Outcome { get; init; }

    /// <summary><c>ts_event</c> of the signal (ns).</summary>
    public required long SignalTs { get; init; }

    /// <summary>Instrument id of the underlying future; 0 = not recorded.</summary>
    public long UnderlyingId { get; init; }

    /// <summary>Direction of the bracket: +1 bullish, −1 bearish; 0 = not recorded.</summary>
    public long Direction { get; init; }

    /// <summary>F₀: the underlying's mid at the signal (points).</summary>
    public double F0 { get; init; } = double.NaN;

    /// <summary>The deciding mid (HIT, MISS) or the last mid seen (TIMEOUT, UNRESOLVED); NaN = none.</summary>
    public double Mid { get; init; } = double.NaN;

    /// <summary>Maximum favourable excursion (points).</summary>
    public double MaxFavourable { get; init; } = double.NaN;

    /// <summary>Maximum adverse excursion (points).</summary>
    public double MaxAdverse { get; init; } = double.NaN;

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.SignalOutcomes;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, Underlying);
        sink.Symbol(2, Outcome);
        sink.Varchar(3, SignalId);
        sink.Long(4, UnderlyingId);
        sink.Long(5, SignalTs);
        sink.Long(6, Direction);
        sink.Double(7, F0);
        sink.Double(8, Mid);
        sink.Double(9, MaxFavourable);
        sink.Double(10, MaxAdverse);
    }
}
