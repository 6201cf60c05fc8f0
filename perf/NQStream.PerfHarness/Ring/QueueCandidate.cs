namespace NQStream.PerfHarness.Ring;

/// <summary>
/// Base of the queue-library candidates (Channels, Dataflow): one method per topology, the same
/// measurement and checksum around each. The wait strategy applies to the rings only.
/// </summary>
public abstract class QueueCandidate : IRingCandidate
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public string? Unavailable => null;

    /// <inheritdoc />
    public RunResult Run(Topology topology, long events, string waitStrategy)
    {
        var n = Topologies.EffectiveEvents(topology, events);
        var measure = new RunMeasure();
        var checksum = topology switch
        {
            Topology.Multicast => Multicast(n),
            Topology.Pipeline => Pipeline(n),
            Topology.Diamond => Diamond(n),
            Topology.ThreeToOne => ThreeToOne(n),
            _ => OneToOne(n),
        };
        return measure.Stop(n, checksum);
    }

    /// <summary>One producer, one consumer; returns the consumer's checksum.</summary>
    protected abstract long OneToOne(long n);

    /// <summary>One producer, three consumers of every value.</summary>
    protected abstract long Multicast(long n);

    /// <summary>Three stages in a chain.</summary>
    protected abstract long Pipeline(long n);

    /// <summary>One producer, two parallel stages, one joining consumer.</summary>
    protected abstract long Diamond(long n);

    /// <summary>Three producers, one consumer.</summary>
    protected abstract long ThreeToOne(long n);
}
