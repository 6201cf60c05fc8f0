using System.Diagnostics;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;
using NQStream.Market.Events;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Replay;

/// <summary>
/// The replay graph's operator: runs the <see cref="IfdPipeline"/> on the ring's consumer thread, applies definitions
/// handed over through <see cref="IDefinitionTickets"/>, and measures ingress (publish) to processed latency of the
/// events whose sequence has no bits of <paramref name="sampleMask"/> set, from sequence <paramref name="recordFrom"/>
/// on (earlier events are a warm-up).
/// </summary>
internal sealed class IfdGraphOperator(IfdPipeline pipeline, IDefinitionTickets definitions, long[] publishTicks, long recordFrom = 0, long sampleMask = 0)
    : IValueEventHandler<MarketEvent>
{
    private static readonly double NanosPerTick = 1e9 / Stopwatch.Frequency;
    private readonly int _mask = publishTicks.Length - 1;

    /// <summary>Ingress (publish) to processed latency, ns.</summary>
    public LogLinearHistogram LatencyNs { get; } = new();

    public IfdPipeline Pipeline => pipeline;

    public void OnEvent(ref MarketEvent e, long sequence, bool endOfBatch)
    {
        if (e.Kind == EventKind.Definition)
        {
            pipeline.OnDefinition(definitions.Take(e.Aux64));
        }

        pipeline.OnEvent(in e);
        if ((sequence & sampleMask) == 0 && sequence >= recordFrom)
        {
            LatencyNs.Record((long)((Stopwatch.GetTimestamp() - publishTicks[sequence & _mask]) * NanosPerTick));
        }
    }

    public void OnShutdown() => pipeline.Finish();
}
