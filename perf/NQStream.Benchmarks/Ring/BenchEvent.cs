namespace NQStream.Benchmarks.Ring;

/// <summary>Ring slot for the ring benchmarks.</summary>
public struct BenchEvent
{
    public long Value;
    public long A;
}
