using System.Diagnostics;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;

namespace NQStream.Core.Graph;

/// <summary>
/// A validated operator graph wired onto one ring, each operator on its own thread. Publish into
/// <see cref="Ring"/>; <see cref="Shutdown"/> drains everything published, then stops the operators.
/// Built by <see cref="OperatorGraphBuilder{T}"/>.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
[DebuggerDisplay("{Name}: {_processors.Length} operators, cursor {Ring.Cursor}")]
public sealed class OperatorGraph<T> : IDisposable
    where T : unmanaged
{
    private readonly IEventProcessor[] _processors;
    private readonly Dictionary<string, IEventProcessor> _byName = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GraphMetrics _metrics;
    private readonly IReadOnlyList<int>? _cpus;
    private Thread[] _threads = [];
    private int _running;
    private int _started;
    private OperatorFaultedException? _fault;

    internal OperatorGraph(GraphOptions options, OperatorNode<T>[] ordered, IOperatorFaultHandler<T> faults)
    {
        Name = options.Name;
        _cpus = options.OperatorCpus;
        Ring = new ValueRingBuffer<T>(options.BufferSize, options.ProducerType, options.WaitStrategy);
        Order = ordered.Select(n => n.Name).ToArray();
        _processors = new IEventProcessor[ordered.Length];
        var isInput = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            var node = ordered[i];
            var dependents = new List<Sequence>();
            foreach (var input in node.Inputs)
            {
                if (!string.Equals(input, OperatorGraphBuilder<T>.Source, StringComparison.Ordinal))
                {
                    dependents.Add(_byName[input].Sequence);
                    isInput.Add(input);
                }
            }

            var processor = node.CreateProcessor(Ring, Ring.NewBarrier([.. dependents]), faults, new OperatorCounters(node.Name), options.MeasureBusyTime);
            processor.Halted += OnProcessorHalted;
            _processors[i] = processor;
            _byName.Add(node.Name, processor);
        }

        // Only the last operator of every branch gates the producer: its inputs are never behind it.
        Ring.AddGatingSequences([.. _processors.Where(p => !isInput.Contains(p.Name)).Select(p => p.Sequence)]);
        _metrics = new GraphMetrics(Name, Ring.Sequencer, [.. _processors.Select(p => p.Counters)]);
    }

    /// <summary>The graph name.</summary>
    public string Name { get; }

    /// <summary>The ring producers publish into.</summary>
    public ValueRingBuffer<T> Ring { get; }

    /// <summary>Operator names in the order they were wired (every operator after its inputs).</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Completes when every operator thread has stopped; faults with <see cref="OperatorFaultedException"/> after a halt.</summary>
    public Task Completion => _completion.Task;

    /// <summary>True after an operator fault halted the graph.</summary>
    public bool IsHalted => Volatile.Read(ref _fault) is not null;

    /// <summary>The processor of operator <paramref name="name"/>.</summary>
    public IEventProcessor Processor(string name) =>
        _byName.TryGetValue(name, out var processor)
            ? processor
            : throw new ArgumentException($"graph '{Name}' has no operator '{name}'", nameof(name));

    /// <summary>The handler state of operator <paramref name="name"/>; read it only after the graph stopped.</summary>
    public ref THandler Handler<THandler>(string name)
        where THandler : struct, IValueEventHandler<T> =>
        ref Processor(name) is BatchEventProcessor<T, THandler> typed
            ? ref typed.Handler
            : ref ThrowWrongHandler<THandler>(name);

    /// <summary>Starts one thread per operator.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException($"graph '{Name}' was already started");
        }

        _running = _processors.Length;
        _threads = new Thread[_processors.Length];
        for (var i = 0; i < _processors.Length; i++)
        {
            var processor = _processors[i];
            int? cpu = _cpus is { } cpus && i < cpus.Count ? cpus[i] : null;
            _threads[i] = new Thread(() => RunProcessor(processor, cpu)) { IsBackground = true, Name = $"nqstream-{Name}-{processor.Name}" };
        }

        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>
    /// Orderly shutdown: waits until every operator has handled everything published (producers must
    /// have stopped), then stops the operators and joins their threads. Returns false on timeout or when
    /// the graph had halted (then nothing more is drained).
    /// </summary>
    public bool Shutdown(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var drained = WaitDrained(deadline);
        Halt();
        foreach (var thread in _threads)
        {
            var left = Math.Max(0, deadline - Stopwatch.GetTimestamp());
            thread.Join(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency) + TimeSpan.FromMilliseconds(100));
        }

        return drained && !IsHalted;
    }

    /// <summary>Stops every operator now, without draining; producers waiting for space get <see cref="RingHaltedException"/>.</summary>
    public void Halt()
    {
        foreach (var processor in _processors)
        {
            processor.Halt();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Volatile.Read(ref _started) == 1 && Volatile.Read(ref _running) > 0)
        {
            Halt();
            Ring.Sequencer.Halt();
            foreach (var thread in _threads)
            {
                thread.Join(TimeSpan.FromSeconds(5));
            }
        }

        _metrics.Dispose();
    }

    private static ref THandler ThrowWrongHandler<THandler>(string name) =>
        throw new InvalidOperationException($"operator '{name}' does not run a {typeof(THandler).Name}");

    private bool WaitDrained(long deadline)
    {
        var spinner = default(SpinWait);
        while (true)
        {
            if (IsHalted)
            {
                return false;
            }

            var published = PublishedHighWaterMark();
            var behind = false;
            foreach (var processor in _processors)
            {
                if (processor.Sequence.Value < published)
                {
                    behind = true;
                    break;
                }
            }

            if (!behind)
            {
                return true;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            spinner.SpinOnce(1);
        }
    }

    private long PublishedHighWaterMark()
    {
        var cursor = Ring.Cursor;
        if (Ring.Sequencer is MultiProducerSequencer multi)
        {
            var low = _processors.Min(p => p.Sequence.Value) + 1;
            return multi.GetHighestPublishedSequence(low, cursor);
        }

        return cursor;
    }

    private void RunProcessor(IEventProcessor processor, int? cpu)
    {
        try
        {
            if (cpu is int c)
            {
                CpuAffinity.PinCurrentThread(c);
            }

            processor.Run();
        }
        catch (Exception ex)
        {
            // Thread boundary: OnStart/OnShutdown failures halt the graph instead of killing the process.
            RecordFault(new OperatorFaultedException(processor.Name, processor.Sequence.Value + 1, ex));
        }
        finally
        {
            if (Interlocked.Decrement(ref _running) == 0)
            {
                var fault = Volatile.Read(ref _fault);
                if (fault is null)
                {
                    _completion.TrySetResult();
                }
                else
                {
                    _completion.TrySetException(fault);
                }
            }
        }
    }

    private void OnProcessorHalted(IEventProcessor processor, Exception exception) =>
        RecordFault(new OperatorFaultedException(processor.Name, processor.Sequence.Value + 1, exception));

    private void RecordFault(OperatorFaultedException fault)
    {
        Interlocked.CompareExchange(ref _fault, fault, null);
        Halt();
        Ring.Sequencer.Halt();
    }
}
