using System.Diagnostics;

namespace NQStream.Core.Ring;

/// <summary>
/// Hands out ring slots to producers and tracks what is published. Producers wait (backpressure) when
/// the slowest gating consumer is a full ring behind; they never allocate.
/// </summary>
public abstract class Sequencer
{
    private Sequence[] _gatingSequences = [];
    private volatile bool _halted;
    private long _blockedTicks;
    private long _blockedWaits;

    /// <summary>Creates a sequencer over a ring of <paramref name="bufferSize"/> slots.</summary>
    protected Sequencer(int bufferSize, IWaitStrategy waitStrategy)
    {
        if (bufferSize < 2 || (bufferSize & (bufferSize - 1)) != 0)
        {
            ThrowHelper.BufferSizeNotPowerOfTwo(bufferSize);
        }

        ArgumentNullException.ThrowIfNull(waitStrategy);
        BufferSize = bufferSize;
        WaitStrategy = waitStrategy;
        IsBlockingWait = waitStrategy.IsBlockingStrategy;
    }

    /// <summary>Number of slots in the ring (a power of two).</summary>
    public int BufferSize { get; }

    /// <summary>The wait strategy consumers use.</summary>
    public IWaitStrategy WaitStrategy { get; }

    /// <summary>The cursor: highest published (single producer) or claimed (multi producer) sequence.</summary>
    public Sequence CursorSequence { get; } = new();

    /// <summary>The cursor value.</summary>
    public long Cursor => CursorSequence.Value;

    /// <summary>True after <see cref="Halt"/>: producers waiting for space get <see cref="RingHaltedException"/>.</summary>
    public bool IsHalted => _halted;

    /// <summary>Total time producers spent waiting for space (backpressure), in <see cref="Stopwatch"/> ticks.</summary>
    public long BlockedTicks => Volatile.Read(ref _blockedTicks);

    /// <summary>How many claims had to wait for space (counted when the wait starts).</summary>
    public long BlockedWaits => Volatile.Read(ref _blockedWaits);

    /// <summary>Slots currently holding published events not yet released by every gating consumer.</summary>
    public long Occupancy => Math.Max(0, Cursor - SequenceGroup.Minimum(Volatile.Read(ref _gatingSequences), Cursor));

    /// <summary>Free slots from the producers' point of view.</summary>
    public long RemainingCapacity => BufferSize - Occupancy;

    /// <summary>The gating (last-stage consumer) sequences.</summary>
    protected Sequence[] GatingSequences => Volatile.Read(ref _gatingSequences);

    /// <summary>True when producers must signal the wait strategy after publishing.</summary>
    protected bool IsBlockingWait { get; }

    /// <summary>Claims the next slot, waiting while the ring is full; returns its sequence.</summary>
    public abstract long Next();

    /// <summary>Claims <paramref name="n"/> consecutive slots, waiting while the ring is full; returns the highest.</summary>
    public abstract long Next(int n);

    /// <summary>Claims <paramref name="n"/> slots if there is room now; false otherwise (no wait).</summary>
    public abstract bool TryNext(int n, out long sequence);

    /// <summary>Publishes one claimed sequence.</summary>
    public abstract void Publish(long sequence);

    /// <summary>Publishes the claimed range <paramref name="low"/>..<paramref name="high"/>.</summary>
    public abstract void Publish(long low, long high);

    /// <summary>True when <paramref name="sequence"/> has been published.</summary>
    public abstract bool IsAvailable(long sequence);

    /// <summary>Creates a barrier over the cursor (no dependents) or over upstream consumer sequences.</summary>
    public SequenceBarrier NewBarrier(params Sequence[] dependents)
    {
        ArgumentNullException.ThrowIfNull(dependents);
        return new SequenceBarrier(this, dependents);
    }

    /// <summary>Adds consumer sequences that gate producers (the last stage of every branch).</summary>
    public void AddGatingSequences(params Sequence[] sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var cursor = Cursor;
        foreach (var sequence in sequences)
        {
            sequence.SetValue(cursor);
        }

        Volatile.Write(ref _gatingSequences, [.. _gatingSequences, .. sequences]);
    }

    /// <summary>Stops producers from waiting for space that will never come (the consumers halted).</summary>
    public void Halt()
    {
        _halted = true;
        WaitStrategy.SignalAllWhenBlocking();
    }

    /// <summary>Signals a blocking wait strategy after a publish.</summary>
    protected void SignalConsumers()
    {
        if (IsBlockingWait)
        {
            WaitStrategy.SignalAllWhenBlocking();
        }
    }

    /// <summary>Records that a producer starts waiting for space.</summary>
    protected void RecordBlockedStart() => Interlocked.Increment(ref _blockedWaits);

    /// <summary>Records that a wait for space lasted <paramref name="ticks"/>.</summary>
    protected void RecordBlocked(long ticks) => Interlocked.Add(ref _blockedTicks, ticks);

    /// <summary>Throws <see cref="RingHaltedException"/> when halted (called only on the waiting path).</summary>
    protected void ThrowIfHalted()
    {
        if (_halted)
        {
            ThrowHelper.Halted();
        }
    }
}
