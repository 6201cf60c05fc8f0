namespace NQStream.Feeds.Simulation;

/// <summary>
/// Venue order ids: one counter for the whole run, so ids are unique across days and instruments and the
/// same arguments always produce the same ids.
/// </summary>
internal sealed class OrderIdAllocator
{
    private ulong _next = 7_000_000_000_001UL;

    public ulong Next() => _next++;
}
