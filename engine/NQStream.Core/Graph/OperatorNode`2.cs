using NQStream.Core.Metrics;
using NQStream.Core.Ring;

namespace NQStream.Core.Graph;

/// <summary>A declared operator with its struct handler type, so the processor is built with it as a generic argument.</summary>
/// <typeparam name="T">The event type.</typeparam>
/// <typeparam name="THandler">The handler type.</typeparam>
internal sealed class OperatorNode<T, THandler> : OperatorNode<T>
    where T : unmanaged
    where THandler : struct, IValueEventHandler<T>
{
    private readonly THandler _handler;

    public OperatorNode(string name, string[] inputs, THandler handler)
        : base(name, inputs) => _handler = handler;

    public override IEventProcessor CreateProcessor(
        ValueRingBuffer<T> ring, SequenceBarrier barrier, IOperatorFaultHandler<T> faults, OperatorCounters counters, bool measureBusyTime) =>
        new BatchEventProcessor<T, THandler>(Name, ring, barrier, _handler, faults, counters, measureBusyTime);
}
