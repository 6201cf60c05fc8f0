namespace NQStream.Operators.Iceberg;

/// <summary>
/// A fully filled order waiting for a synthetic refill at its level until <see cref="Deadline"/>. Watches of one
/// level form a singly linked list through <see cref="Next"/>; all watches also sit in a FIFO by creation.
/// </summary>
internal struct RefillWatch
{
    public bool Live;
    public int Slot;
    public LevelKey Level;
    public long Clip;
    public ulong FromOrder;
    public long Deadline;
    public int Candidate;
    public long FirstTs;
    public long LastTs;
    public long Executed;
    public int Next;
}
