using System.Diagnostics;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;
using NQStream.Market.Events;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Replay;

/// <summary>
/// The replay graph's operator: runs the <see cref="IfdPipeline"/> on the ring's consumer thread, applies definitions
/// handed over by <see cref="DefinitionHandoff"/>, and measures ingress (publish) to processed latency per event.
/// </summary>
internal sealed class IfdGraphOperator(IfdPipeline pipeline, DefinitionHandoff definitions, long[] publishTicks) : IValueEventHandler<MarketEvent>
{
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
        LatencyNs.Record((long)Stopwatch.GetElapsedTime(publishTicks[sequence & _mask]).TotalNanoseconds);
    }

    public void OnShutdown() => pipeline.Finish();
}
