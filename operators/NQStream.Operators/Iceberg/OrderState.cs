namespace NQStream.Operators.Iceberg;

/// <summary>
/// What <see cref="IcebergDetector"/> keeps per resting order id. An order whose displayed size was exhausted by
/// fills stays as a tombstone (<see cref="Exhausted"/>) until the native refill window closes.
/// </summary>
/// <remarks>
/// Field order is by use: what every <c>A</c>/<c>C</c>/<c>M</c>/<c>F</c> record reads (slot, flags, price, sizes, the
/// current event's fill) comes first, so a record usually touches one cache line of the 104-byte state.
/// </remarks>
internal struct OrderState
{
    /// <summary>Instrument slot in the detector.</summary>
    public int Slot;

    /// <summary>Candidate slot the order belongs to, or -1.</summary>
    public int Candidate;

    /// <summary>Native refills already counted in event <see cref="FillEvent"/> (so one event is not counted twice).</summary>
    public int NativeRefillsInEvent;

    /// <summary>Side byte.</summary>
    public byte Side;

    /// <summary>Removed after a full fill; kept only to recognise a native reappearance.</summary>
    public bool Exhausted;

    /// <summary>Raw price.</summary>
    public long Price;

    /// <summary>Displayed size now (0 for a tombstone).</summary>
    public long Size;

    /// <summary>Displayed size the owner asked for: set by <c>A</c> and by a modify that is not a fill.</summary>
    public long Clip;

    /// <summary>Venue event number of <see cref="EventFilled"/> (detector-wide counter).</summary>
    public long FillEvent;

    /// <summary>Contracts filled in event <see cref="FillEvent"/>.</summary>
    public long EventFilled;

    /// <summary>Displayed size when event <see cref="FillEvent"/> began (before its first fill).</summary>
    public long SizeAtEvent;

    /// <summary>Contracts filled at this price since the order was added or last moved.</summary>
    public long Filled;

    /// <summary><c>ts_event</c> of the first and latest fill (0 = none).</summary>
    public long FirstFillTs;

    /// <summary><c>ts_event</c> of the latest fill.</summary>
    public long LastFillTs;

    /// <summary>Venue event number in which the displayed size was exhausted.</summary>
    public long ExhaustedEvent;

    /// <summary><c>ts_event</c> at which the displayed size was exhausted.</summary>
    public long ExhaustedTs;
}
