namespace NQStream.PerfHarness.Ring;

/// <summary>What <see cref="RingBenchmark"/> measures.</summary>
public sealed class RingBenchmarkOptions
{
    /// <summary>Topologies, in order.</summary>
    public required IReadOnlyList<Topology> Topologies { get; init; }

    /// <summary>Events per run.</summary>
    public required long Events { get; init; }

    /// <summary>Measured runs per implementation and topology.</summary>
    public required int Runs { get; init; }

    /// <summary>Wait strategy for the ring-based candidates (ours and LMAX).</summary>
    public string Wait { get; init; } = "yielding";

    /// <summary>Implementation names to run (all when null).</summary>
    public IReadOnlyList<string>? Implementations { get; init; }
}
