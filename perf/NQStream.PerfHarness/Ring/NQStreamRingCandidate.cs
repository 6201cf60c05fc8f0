using NQStream.Core.Graph;
using NQStream.Core.Ring;

namespace NQStream.PerfHarness.Ring;

/// <summary>Our ring, driven through the operator graph exactly as the engine uses it (metrics on).</summary>
public sealed class NQStreamRingCandidate : IRingCandidate
{
    /// <summary>Ring size used by every ring-based candidate (same as the LMAX perf tests).</summary>
    public const int BufferSize = 1 << 16;

    /// <inheritdoc />
    public string Name => "nqstream-ring";

    /// <inheritdoc />
    public string? Unavailable => null;

    /// <inheritdoc />
    public RunResult Run(Topology topology, long events, string waitStrategy)
    {
        var n = Topologies.EffectiveEvents(topology, events);
        var options = new GraphOptions
        {
            Name = "perf",
            BufferSize = BufferSize,
            ProducerType = topology == Topology.ThreeToOne ? ProducerType.Multi : ProducerType.Single,
            WaitStrategy = WaitStrategies.Create(waitStrategy),
            FaultLog = null,
        };
        var builder = new OperatorGraphBuilder<PerfEvent>(options);
        string[] sinks;
        switch (topology)
        {
            case Topology.Multicast:
                builder.Add("c1", new SumHandler()).Add("c2", new SumHandler()).Add("c3", new SumHandler());
                sinks = ["c1", "c2", "c3"];
                break;
            case Topology.Pipeline:
                builder.Add("s1", new AddSevenHandler()).Add("s2", new TripleHandler(), "s1").Add("s3", new SumBHandler(), "s2");
                sinks = ["s3"];
                break;
            case Topology.Diamond:
                builder.Add("fizz", new FizzHandler()).Add("buzz", new BuzzHandler()).Add("join", new FizzBuzzHandler(), "fizz", "buzz");
                sinks = ["join"];
                break;
            default:
                builder.Add("c1", new SumHandler());
                sinks = ["c1"];
                break;
        }

        using var graph = builder.Build();
        graph.Start();
        var measure = new RunMeasure();
        if (topology == Topology.ThreeToOne)
        {
            PublishFromThreeThreads(graph.Ring, n / 3);
        }
        else
        {
            Publish(graph.Ring, n);
        }

        var sinkSequences = sinks.Select(s => graph.Processor(s).Sequence).ToArray();
        var spinner = default(SpinWait);
        while (SequenceGroup.Minimum(sinkSequences) < n - 1)
        {
            spinner.SpinOnce(-1);
        }

        var result = measure.Stop(n);
        graph.Shutdown(TimeSpan.FromSeconds(10));
        var checksum = topology switch
        {
            Topology.Multicast => sinks.Sum(s => graph.Handler<SumHandler>(s).Sum),
            Topology.Pipeline => graph.Handler<SumBHandler>("s3").Sum,
            Topology.Diamond => graph.Handler<FizzBuzzHandler>("join").Count,
            _ => graph.Handler<SumHandler>("c1").Sum,
        };
        return result with { Checksum = checksum };
    }

    private static void Publish(ValueRingBuffer<PerfEvent> ring, long n)
    {
        for (long i = 0; i < n; i++)
        {
            var sequence = ring.Next();
            ring[sequence].Value = i;
            ring.Publish(sequence);
        }
    }

    private static void PublishFromThreeThreads(ValueRingBuffer<PerfEvent> ring, long perProducer)
    {
        var threads = new Thread[3];
        for (var p = 0; p < threads.Length; p++)
        {
            threads[p] = new Thread(() => Publish(ring, perProducer)) { IsBackground = true };
            threads[p].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

}
