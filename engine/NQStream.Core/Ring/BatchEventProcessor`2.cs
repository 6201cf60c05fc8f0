using System.Diagnostics;
using System.Runtime.CompilerServices;
using NQStream.Core.Metrics;

namespace NQStream.Core.Ring;

/// <summary>
/// Runs one struct handler over a ring: waits on its barrier, hands every available event to the handler
/// in order with an end-of-batch flag, then publishes its own sequence once per batch. A handler that
/// throws is reported to the fault handler, whose policy skips the event or halts the graph.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
/// <typeparam name="THandler">The handler, a struct so its calls are devirtualised and inlined.</typeparam>
[DebuggerDisplay("{Name} @ {Sequence}")]
public sealed class BatchEventProcessor<T, THandler> : IEventProcessor
    where T : unmanaged
    where THandler : struct, IValueEventHandler<T>
{
    private readonly ValueRingBuffer<T> _ring;
    private readonly SequenceBarrier _barrier;
    private readonly IOperatorFaultHandler<T> _faults;
    private readonly OperatorCounters _counters;
    private readonly bool _measureBusyTime;
    private THandler _handler;
    private int _running;
    private volatile bool _haltRequested;

    /// <summary>Creates the processor.</summary>
    /// <param name="name">Operator name used in logs and metrics.</param>
    /// <param name="ring">The ring to read.</param>
    /// <param name="barrier">The barrier to wait on (cursor, or upstream operators).</param>
    /// <param name="handler">The handler state; the processor keeps its own copy (see <see cref="Handler"/>).</param>
    /// <param name="faults">Records faults and picks the policy.</param>
    /// <param name="counters">Counters to update per batch (a new set when null).</param>
    /// <param name="measureBusyTime">Read the clock twice per batch to measure busy time.</param>
    public BatchEventProcessor(
        string name,
        ValueRingBuffer<T> ring,
        SequenceBarrier barrier,
        THandler handler,
        IOperatorFaultHandler<T> faults,
        OperatorCounters? counters = null,
        bool measureBusyTime = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(barrier);
        ArgumentNullException.ThrowIfNull(faults);
        Name = name;
        _ring = ring;
        _barrier = barrier;
        _handler = handler;
        _faults = faults;
        _counters = counters ?? new OperatorCounters(name);
        _measureBusyTime = measureBusyTime;
    }

    /// <summary>Raised on the processor thread when a fault's policy is <see cref="FaultPolicy.Halt"/>.</summary>
    public event Action<IEventProcessor, Exception>? Halted;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public Sequence Sequence { get; } = new();

    /// <summary>The processor's counters.</summary>
    public OperatorCounters Counters => _counters;

    /// <inheritdoc />
    public bool IsRunning => Volatile.Read(ref _running) == 1;

    /// <summary>The handler state. Read it only when the processor is not running.</summary>
    public ref THandler Handler => ref _handler;

    /// <summary>The exception that halted this processor, if any.</summary>
    public Exception? HaltedBy { get; private set; }

    /// <inheritdoc />
    public void Halt()
    {
        _haltRequested = true;
        _barrier.Alert();
    }

    /// <inheritdoc />
    public void Run()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            throw new InvalidOperationException($"processor '{Name}' is already running");
        }

        try
        {
            _handler.OnStart();
            if (!_haltRequested)
            {
                ProcessEvents();
            }
        }
        finally
        {
            try
            {
                _handler.OnShutdown();
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        }
    }

    private void ProcessEvents()
    {
        var barrier = _barrier;
        var counters = _counters;
        var mask = _ring.IndexMask;
        ref var slot0 = ref _ring.FirstSlot;
        var next = Sequence.Value + 1;
        while (true)
        {
            var available = barrier.WaitFor(next);
            if (available < next)
            {
                if (available == SequenceBarrier.AlertedSequence)
                {
                    return;
                }

                continue;
            }

            var first = next;
            var start = _measureBusyTime ? Stopwatch.GetTimestamp() : 0;
            try
            {
                while (next <= available)
                {
                    _handler.OnEvent(ref Unsafe.Add(ref slot0, (nint)(next & mask)), next, next == available);
                    next++;
                }
            }
            catch (Exception ex)
            {
                // Operator boundary: every exception is recorded and routed to the policy.
                counters.RecordFault();
                if (_faults.OnFault(Name, next, in Unsafe.Add(ref slot0, (nint)(next & mask)), ex) == FaultPolicy.Halt)
                {
                    Sequence.SetValue(next - 1);
                    counters.RecordBatch(next - first, _measureBusyTime ? Stopwatch.GetTimestamp() - start : 0);
                    HaltedBy = ex;
                    Halted?.Invoke(this, ex);
                    return;
                }

                next++;
            }

            Sequence.SetValue(next - 1);
            counters.RecordBatch(next - first, _measureBusyTime ? Stopwatch.GetTimestamp() - start : 0);
        }
    }
}
