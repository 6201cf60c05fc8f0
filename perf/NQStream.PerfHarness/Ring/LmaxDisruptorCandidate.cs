using NQStream.PerfHarness.Java;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// The original LMAX Disruptor 3.4.4 (Debian libdisruptor-java) running the same topologies in a JVM.
/// Each run is a fresh JVM that first runs a warm-up pass, so the JIT has compiled the hot loops.
/// </summary>
public sealed class LmaxDisruptorCandidate : IRingCandidate
{
    private readonly JavaPeer? _peer;
    private readonly string? _unavailable;
    private bool _compiled;

    /// <summary>Locates the JDK and jar.</summary>
    public LmaxDisruptorCandidate() => _peer = JavaPeer.Locate(out _unavailable);

    /// <inheritdoc />
    public string Name => "lmax-disruptor-3.4.4";

    /// <inheritdoc />
    public string? Unavailable => _unavailable;

    /// <inheritdoc />
    public RunResult Run(Topology topology, long events, string waitStrategy)
    {
        if (_peer is null)
        {
            throw new InvalidOperationException(_unavailable);
        }

        if (!_compiled)
        {
            _peer.EnsureCompiled();
            _compiled = true;
        }

        var warmup = Math.Min(events, RingBenchmark.WarmupEvents);
        var (n, seconds, checksum) = _peer.RunRing(Topologies.NameOf(topology), events, waitStrategy, warmup);
        return new RunResult(n, seconds, checksum, -1, 0);
    }
}
