using NQStream.Core.Metrics;
using NQStream.Core.Ring;

namespace NQStream.Core.Graph;

/// <summary>A declared operator: its name, its inputs, and how to build its processor once the ring exists.</summary>
/// <typeparam name="T">The event type.</typeparam>
internal abstract class OperatorNode<T>
    where T : unmanaged
{
    protected OperatorNode(string name, string[] inputs)
    {
        Name = name;
        Inputs = inputs;
    }

    public string Name { get; }

    public string[] Inputs { get; }

    public abstract IEventProcessor CreateProcessor(
        ValueRingBuffer<T> ring, SequenceBarrier barrier, IOperatorFaultHandler<T> faults, OperatorCounters counters, bool measureBusyTime);
}
