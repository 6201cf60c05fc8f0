using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// One injected event of a labels file (simulator <c>labels.jsonl</c>), reduced to what matching and the accuracy
/// ceiling need. For an emergency the instrument is the underlying future, as it is on an EMERGENCY signal.
/// </summary>
/// <param name="Id">Label id.</param>
/// <param name="TsEvent"><c>ts_event</c> of its first aggressor record (ns).</param>
/// <param name="InstrumentId">Instrument id.</param>
/// <param name="Kind">Kind (sweep, block, iceberg, volume_shock, emergency).</param>
/// <param name="Informed">Whether the future was made to drift in its direction afterwards.</param>
public sealed record GroundTruthLabel(string Id, long TsEvent, uint InstrumentId, SignalKind Kind, bool Informed)
{
    private readonly long? _tsEventLast;

    /// <summary>
    /// <c>ts_event</c> of its last aggressor record (ns; sliced flow and icebergs span minutes); equals
    /// <see cref="TsEvent"/> unless set.
    /// </summary>
    public long TsEventLast
    {
        get => _tsEventLast ?? TsEvent;
        init => _tsEventLast = value;
    }

    /// <summary>Instrument id of the underlying future (<c>underlying_id</c>); null when the file does not say.</summary>
    public uint? UnderlyingId { get; init; }

    /// <summary>
    /// Signed delta of the flow (<c>delta</c>, the simulator's x100 unit); its sign is the direction the simulator
    /// drifts the future in for an informed label. Null when the file does not say.
    /// </summary>
    public double? Delta { get; init; }

    /// <summary>Value equality on the public members (an unset <see cref="TsEventLast"/> equals one set to <see cref="TsEvent"/>).</summary>
    /// <param name="other">The other label.</param>
    public bool Equals(GroundTruthLabel? other) =>
        other is not null && Id == other.Id && TsEvent == other.TsEvent && TsEventLast == other.TsEventLast
        && InstrumentId == other.InstrumentId && Kind == other.Kind && Informed == other.Informed
        && UnderlyingId == other.UnderlyingId && Nullable.Equals(Delta, other.Delta);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, TsEvent, TsEventLast, InstrumentId, Kind, Informed, UnderlyingId, Delta);
}
