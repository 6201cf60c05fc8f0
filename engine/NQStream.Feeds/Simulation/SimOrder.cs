namespace NQStream.Feeds.Simulation;

/// <summary>A resting order in the simulator's private order-state tracker.</summary>
internal struct SimOrder
{
    public ulong Id;
    public long Price;
    public uint Size;
    public byte Side;
    public OrderOwner Owner;
    public long Priority;
}
