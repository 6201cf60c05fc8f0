namespace NQStream.Operators.Iceberg;

/// <summary>A candidate being tracked (confirmed or not) in the detector's pool.</summary>
internal struct CandidateState
{
    public bool InUse;
    public bool Confirmed;
    public IcebergKind Kind;
    public byte Side;
    public int Slot;
    public uint InstrumentId;
    public long Price;
    public long Clip;
    public int Refills;
    public int Orders;
    public long Executed;
    public ulong FirstOrderId;
    public ulong LastOrderId;

    /// <summary>The order resting for this candidate now; 0 while it waits for a synthetic refill.</summary>
    public ulong CurrentOrder;
    public long FirstTs;
    public long LastTs;

    /// <summary>The refill watch this candidate waits on, or -1.</summary>
    public int Watch;
}
