using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Core.Ring;

/// <summary>
/// A preallocated power-of-two ring of unmanaged struct events. Producers claim a slot, fill it in place
/// through a <c>ref</c> and publish it; consumers read the slot by <c>ref</c>. Nothing is allocated
/// after construction.
/// </summary>
/// <typeparam name="T">The event type, stored inline in the slots.</typeparam>
[DebuggerDisplay("Size = {BufferSize}, Cursor = {Cursor}")]
public sealed class ValueRingBuffer<T>
    where T : unmanaged
{
    // Slots before and after the live range so neighbouring heap objects never share their cache lines.
    private static readonly int Padding = Math.Max(1, (128 + Unsafe.SizeOf<T>() - 1) / Unsafe.SizeOf<T>());

    private readonly T[] _entries;
    private readonly long _indexMask;
    private readonly SingleProducerSequencer? _single;
    private readonly Sequencer _sequencer;

    /// <summary>Creates a ring of <paramref name="bufferSize"/> slots (a power of two).</summary>
    public ValueRingBuffer(int bufferSize, ProducerType producerType, IWaitStrategy waitStrategy)
    {
        _sequencer = producerType == ProducerType.Single
            ? new SingleProducerSequencer(bufferSize, waitStrategy)
            : new MultiProducerSequencer(bufferSize, waitStrategy);
        _single = _sequencer as SingleProducerSequencer;
        _entries = new T[bufferSize + (2 * Padding)];
        _indexMask = bufferSize - 1;
    }

    /// <summary>Number of slots.</summary>
    public int BufferSize => _sequencer.BufferSize;

    /// <summary>The sequencer (claims, publication, gating, backpressure counters).</summary>
    public Sequencer Sequencer => _sequencer;

    /// <summary>The cursor value.</summary>
    public long Cursor => _sequencer.Cursor;

    /// <summary>The slot for <paramref name="sequence"/>.</summary>
    public ref T this[long sequence]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (nint)(sequence & _indexMask) + Padding);
    }

    /// <summary>The first live slot (slot 0); processors index from it with <see cref="IndexMask"/>.</summary>
    internal ref T FirstSlot => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), Padding);

    /// <summary>Mask from a sequence to a slot index.</summary>
    internal long IndexMask => _indexMask;

    /// <summary>Claims the next slot, waiting while the ring is full (backpressure).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next() => _single is not null ? _single.Next() : _sequencer.Next();

    /// <summary>Claims <paramref name="n"/> slots, waiting while the ring is full; returns the highest sequence.</summary>
    public long Next(int n) => _sequencer.Next(n);

    /// <summary>Claims <paramref name="n"/> slots if there is room now.</summary>
    public bool TryNext(int n, out long sequence) => _sequencer.TryNext(n, out sequence);

    /// <summary>Publishes a claimed slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence)
    {
        if (_single is not null)
        {
            _single.Publish(sequence);
        }
        else
        {
            _sequencer.Publish(sequence);
        }
    }

    /// <summary>Publishes the claimed range <paramref name="low"/>..<paramref name="high"/>.</summary>
    public void Publish(long low, long high) => _sequencer.Publish(low, high);

    /// <summary>Copies <paramref name="value"/> into the next slot and publishes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PublishEvent(in T value)
    {
        var sequence = Next();
        this[sequence] = value;
        Publish(sequence);
    }

    /// <summary>Creates a barrier over the cursor or over upstream consumer sequences.</summary>
    public SequenceBarrier NewBarrier(params Sequence[] dependents) => _sequencer.NewBarrier(dependents);

    /// <summary>Adds the sequences of last-stage consumers, which gate producers.</summary>
    public void AddGatingSequences(params Sequence[] sequences) => _sequencer.AddGatingSequences(sequences);
}
