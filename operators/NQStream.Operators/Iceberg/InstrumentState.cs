namespace NQStream.Operators.Iceberg;

/// <summary>Per-instrument event bookkeeping of the detector.</summary>
internal struct InstrumentState
{
    public uint InstrumentId;

    /// <summary>A venue event of this instrument is open (its <c>F_LAST</c> has not arrived).</summary>
    public bool EventOpen;

    /// <summary><c>ts_event</c> of the open event.</summary>
    public long EventTs;

    /// <summary>Detector-wide number of the open (or last) event.</summary>
    public long EventNo;

    /// <summary>An <c>F_MAYBE_BAD_BOOK</c> record was seen and no <c>R</c> has followed: no new candidates.</summary>
    public bool Suspect;
}
