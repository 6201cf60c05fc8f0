namespace NQStream.PerfHarness.Ring;

/// <summary>The event carried by our ring in the throughput runs (value plus two stage results).</summary>
public struct PerfEvent
{
    /// <summary>The published value.</summary>
    public long Value;

    /// <summary>Written by the first stage (pipeline) or the fizz branch (diamond).</summary>
    public long A;

    /// <summary>Written by the second stage (pipeline) or the buzz branch (diamond).</summary>
    public long B;
}
