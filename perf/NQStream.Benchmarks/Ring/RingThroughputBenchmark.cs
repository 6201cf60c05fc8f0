using BenchmarkDotNet.Attributes;
using NQStream.Core.Graph;
using NQStream.Core.Ring;

namespace NQStream.Benchmarks.Ring;

/// <summary>
/// Steady-state publish → consume through the operator graph's ring (1P1C and a 2-stage pipeline),
/// 1 M events per invocation. The MemoryDiagnoser column must read 0 B per event (the graph and its
/// threads are created once in GlobalSetup).
/// </summary>
[MemoryDiagnoser]
public class RingThroughputBenchmark
{
    private const int Events = 1_000_000;
    private OperatorGraph<BenchEvent> _graph = null!;
    private Sequence _last = null!;
    private long _next;

    [Params("1p1c", "2-stage-pipeline")]
    public string Topology { get; set; } = "1p1c";

    [GlobalSetup]
    public void Setup()
    {
        var builder = new OperatorGraphBuilder<BenchEvent>(new GraphOptions { Name = "bench", BufferSize = 1 << 16, FaultLog = null });
        if (Topology == "1p1c")
        {
            builder.Add("sum", new BenchSum());
        }
        else
        {
            builder.Add("inc", new BenchIncrement()).Add("sum", new BenchSum(), "inc");
        }

        _graph = builder.Build();
        _graph.Start();
        _last = _graph.Processor("sum").Sequence;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long PublishAndConsume()
    {
        var ring = _graph.Ring;
        var end = _next + Events;
        for (var i = _next; i < end; i++)
        {
            var sequence = ring.Next();
            ring[sequence].Value = i;
            ring.Publish(sequence);
        }

        _next = end;
        var spinner = default(SpinWait);
        while (_last.Value < end - 1)
        {
            spinner.SpinOnce(-1);
        }

        return _last.Value;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _graph.Shutdown(TimeSpan.FromSeconds(10));
        _graph.Dispose();
    }
}
