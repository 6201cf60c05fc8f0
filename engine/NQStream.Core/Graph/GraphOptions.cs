using NQStream.Core.Ring;

namespace NQStream.Core.Graph;

/// <summary>Settings of an operator graph and its ring.</summary>
public sealed class GraphOptions
{
    /// <summary>Graph name, used as the <c>graph</c> tag of its metrics and in thread names.</summary>
    public string Name { get; init; } = "graph";

    /// <summary>Ring size, a power of two (default 65,536 slots).</summary>
    public int BufferSize { get; init; } = 1 << 16;

    /// <summary>Single producer (default; fastest) or several publishing threads.</summary>
    public ProducerType ProducerType { get; init; } = ProducerType.Single;

    /// <summary>How operators wait for events (default yielding: low latency, polite on few cores).</summary>
    public IWaitStrategy WaitStrategy { get; init; } = new YieldingWaitStrategy();

    /// <summary>Policy after an operator throws, unless overridden per operator (default skip the event).</summary>
    public FaultPolicy DefaultFaultPolicy { get; init; } = FaultPolicy.Skip;

    /// <summary>Where operator faults are written, one line each (default standard error).</summary>
    public TextWriter? FaultLog { get; init; } = Console.Error;

    /// <summary>
    /// CPU per operator thread, in the order operators were added (<see cref="CpuAffinity"/>); null or shorter lists
    /// leave the rest unpinned. Pinning is for latency runs on dedicated cores.
    /// </summary>
    public IReadOnlyList<int>? OperatorCpus { get; init; }

    /// <summary>Measure per-operator busy time (two clock reads per batch, never per event).</summary>
    public bool MeasureBusyTime { get; init; } = true;
}
