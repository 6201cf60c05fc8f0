using System.Diagnostics;
using NQStream.Core.Graph;
using NQStream.Core.Ring;
using NQStream.Market.Events;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Replay;

/// <summary>
/// The replay's ring and operator graph: one <see cref="IfdGraphOperator"/> behind a 65,536-slot MarketEvent ring
/// (halt on fault). <c>Publish</c> stamps the ingress time of every <c>sampleEvery</c>-th slot for the operator's
/// latency histogram (two clock reads per sampled event; the main job samples 1 in 16, the latency harness every
/// event). Shared by the main job (<see cref="ReplayRunner"/>) and the perf harness, so both measure the same path.
/// </summary>
internal sealed class ReplayGraph : IDisposable
{
    /// <summary>Ring slots.</summary>
    public const int RingSize = 1 << 16;

    private readonly long[] _publishTicks = new long[RingSize];
    private readonly OperatorGraph<MarketEvent> _graph;
    private readonly ValueRingBuffer<MarketEvent> _ring;
    private readonly long _sampleMask;

    /// <summary>
    /// Builds the graph; latency is recorded from ring sequence <paramref name="recordFrom"/> on, for every
    /// <paramref name="sampleEvery"/>-th event (a power of two).
    /// </summary>
    public ReplayGraph(IfdPipeline pipeline, IDefinitionTickets definitions, IWaitStrategy wait, long recordFrom = 0, int sampleEvery = 1, int? operatorCpu = null)
    {
        if (sampleEvery < 1 || (sampleEvery & (sampleEvery - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleEvery), sampleEvery, "expected a power of two");
        }

        _sampleMask = sampleEvery - 1;
        Operator = new IfdGraphOperator(pipeline, definitions, _publishTicks, recordFrom, _sampleMask);
        _graph = new OperatorGraphBuilder<MarketEvent>(new GraphOptions
        {
            Name = "replay",
            BufferSize = RingSize,
            WaitStrategy = wait,
            DefaultFaultPolicy = FaultPolicy.Halt,
            OperatorCpus = operatorCpu is int cpu ? [cpu] : null,
        }).AddOperator("ifd", Operator).Build();
        _ring = _graph.Ring;
    }

    public IfdGraphOperator Operator { get; }

    /// <summary>Events published and not yet handled by the operator.</summary>
    public long Backlog => _ring.Sequencer.Occupancy;

    public void Start() => _graph.Start();

    /// <summary>Publishes one event (waits while the ring is full: backpressure), stamped with the current time when sampled.</summary>
    public void Publish(in MarketEvent ev)
    {
        var seq = _ring.Next();
        _ring[seq] = ev;
        if ((seq & _sampleMask) == 0)
        {
            _publishTicks[seq & (RingSize - 1)] = Stopwatch.GetTimestamp();
        }

        _ring.Publish(seq);
    }

    /// <summary>Publishes one event whose ingress time is <paramref name="ingressTicks"/> (<see cref="Stopwatch"/> ticks; used when sampled).</summary>
    public void Publish(in MarketEvent ev, long ingressTicks)
    {
        var seq = _ring.Next();
        _ring[seq] = ev;
        _publishTicks[seq & (RingSize - 1)] = ingressTicks;
        _ring.Publish(seq);
    }

    /// <summary>Waits until the operator has handled everything published, then stops it (runs its <c>Finish</c>).</summary>
    public bool Shutdown(TimeSpan timeout) => _graph.Shutdown(timeout);

    public void Dispose() => _graph.Dispose();
}
