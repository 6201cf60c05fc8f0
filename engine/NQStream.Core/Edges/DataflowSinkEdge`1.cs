using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.Tasks.Dataflow;
using NQStream.Core.Metrics;

namespace NQStream.Core.Edges;

/// <summary>
/// The edge from the graph to a sink: a bounded TPL Dataflow block fed from an operator thread. When the
/// block is full the <see cref="SinkOverflowPolicy"/> decides: block (backpressure up to the ring),
/// drop and count, or spill to disk and deliver later in order. Every item is accounted for:
/// <c>Delivered + Dropped + Pending == offered</c>.
/// </summary>
/// <typeparam name="T">The item type (unmanaged, so it can be spilled as raw bytes).</typeparam>
public sealed class DataflowSinkEdge<T> : IOutput<T>, IDisposable
    where T : unmanaged
{
    private static readonly Counter<long> DroppedCounter =
        CoreMeter.Meter.CreateCounter<long>(CoreMetricNames.SinkDropped, "{item}", "Items a sink edge dropped because its block was full");

    private static readonly Counter<long> SpilledCounter =
        CoreMeter.Meter.CreateCounter<long>(CoreMetricNames.SinkSpilled, "{item}", "Items a sink edge spilled to disk because its block was full");

    private readonly ITargetBlock<T> _target;
    private readonly TextWriter? _log;
    private readonly KeyValuePair<string, object?> _tag;
    private SpillFile<T>? _spill;
    private readonly string? _spillDirectory;
    private T _head;
    private bool _hasHead;
    private long _delivered;
    private long _dropped;
    private long _spilled;
    private long _blockedTicks;

    /// <summary>Creates the edge in front of <paramref name="target"/>, which should be bounded.</summary>
    /// <param name="name">Sink name (metric tag, log lines, spill file name).</param>
    /// <param name="target">The Dataflow block (e.g. an <see cref="ActionBlock{TInput}"/> with a <c>BoundedCapacity</c>).</param>
    /// <param name="policy">What to do when the block is full.</param>
    /// <param name="spillDirectory">Folder for the spill file (required for <see cref="SinkOverflowPolicy.SpillToDisk"/>).</param>
    /// <param name="log">Where drop totals are reported (one line at each power of two).</param>
    public DataflowSinkEdge(string name, ITargetBlock<T> target, SinkOverflowPolicy policy, string? spillDirectory = null, TextWriter? log = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _target = target ?? throw new ArgumentNullException(nameof(target));
        if (policy == SinkOverflowPolicy.SpillToDisk && string.IsNullOrEmpty(spillDirectory))
        {
            throw new ArgumentException($"sink '{name}': policy SpillToDisk needs a spill directory", nameof(spillDirectory));
        }

        Name = name;
        Policy = policy;
        _spillDirectory = spillDirectory;
        _log = log;
        _tag = new KeyValuePair<string, object?>("sink", name);
    }

    /// <summary>The sink name.</summary>
    public string Name { get; }

    /// <summary>The overflow policy.</summary>
    public SinkOverflowPolicy Policy { get; }

    /// <inheritdoc />
    public long Emitted => Delivered + Pending;

    /// <summary>Items handed to the block.</summary>
    public long Delivered => Volatile.Read(ref _delivered);

    /// <summary>Items dropped under <see cref="SinkOverflowPolicy.DropAndCount"/>.</summary>
    public long Dropped => Volatile.Read(ref _dropped);

    /// <summary>Items that went through the spill file.</summary>
    public long Spilled => Volatile.Read(ref _spilled);

    /// <summary>Items waiting in the spill file.</summary>
    public long Pending => (_spill?.Count ?? 0) + (_hasHead ? 1 : 0);

    /// <summary>Time the operator thread waited for room under <see cref="SinkOverflowPolicy.Block"/>.</summary>
    public TimeSpan BlockedTime => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _blockedTicks));

    /// <summary>Completes when the block has processed everything and completed.</summary>
    public Task Completion => _target.Completion;

    /// <inheritdoc />
    public void Emit(in T item)
    {
        if (Pending > 0 && !TryDrainSpill())
        {
            Spill(in item);
            return;
        }

        if (_target.Post(item))
        {
            Volatile.Write(ref _delivered, _delivered + 1);
            return;
        }

        switch (Policy)
        {
            case SinkOverflowPolicy.Block:
                SendBlocking(in item);
                break;
            case SinkOverflowPolicy.DropAndCount:
                Drop();
                break;
            default:
                Spill(in item);
                break;
        }
    }

    /// <summary>Delivers everything spilled (waiting for room), then completes the block.</summary>
    public void Complete()
    {
        while (Pending > 0)
        {
            if (!_hasHead)
            {
                _hasHead = _spill!.TryRead(out _head);
            }

            SendBlocking(in _head);
            _hasHead = false;
        }

        _target.Complete();
    }

    /// <inheritdoc />
    public void Dispose() => _spill?.Dispose();

    private bool TryDrainSpill()
    {
        while (true)
        {
            if (!_hasHead)
            {
                if (_spill is null || !_spill.TryRead(out _head))
                {
                    return true;
                }

                _hasHead = true;
            }

            if (!_target.Post(_head))
            {
                return false;
            }

            _hasHead = false;
            Volatile.Write(ref _delivered, _delivered + 1);
        }
    }

    private void SendBlocking(in T item)
    {
        var start = Stopwatch.GetTimestamp();
        if (!_target.SendAsync(item).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException($"sink '{Name}' no longer accepts items (its block completed or faulted)");
        }

        Volatile.Write(ref _delivered, _delivered + 1);
        Volatile.Write(ref _blockedTicks, _blockedTicks + (Stopwatch.GetTimestamp() - start));
    }

    private void Drop()
    {
        var dropped = _dropped + 1;
        Volatile.Write(ref _dropped, dropped);
        DroppedCounter.Add(1, _tag);
        if ((dropped & (dropped - 1)) == 0)
        {
            _log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sink '{Name}' is full: dropped {dropped} items so far (policy DropAndCount)"));
        }
    }

    private void Spill(in T item)
    {
        _spill ??= new SpillFile<T>(_spillDirectory!, Name);
        _spill.Append(in item);
        Volatile.Write(ref _spilled, _spilled + 1);
        SpilledCounter.Add(1, _tag);
    }
}
