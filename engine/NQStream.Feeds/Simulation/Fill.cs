namespace NQStream.Feeds.Simulation;

/// <summary>One resting order matched by an aggressor: its slot in the book and the quantity filled.</summary>
internal struct Fill
{
    public int Slot;
    public uint Quantity;
}
