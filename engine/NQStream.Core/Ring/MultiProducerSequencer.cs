using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Core.Ring;

/// <summary>
/// Sequencer for any number of publishing threads. A claim is a compare-and-swap on the cursor; each
/// slot carries a round flag (<c>sequence &gt;&gt; log2(size)</c>) so consumers see exactly which
/// claimed slots are already published.
/// </summary>
public sealed class MultiProducerSequencer : Sequencer
{
    private readonly Sequence _gatingSequenceCache = new();
    private readonly int[] _availableBuffer;
    private readonly int _indexMask;
    private readonly int _indexShift;

    /// <summary>Creates the sequencer.</summary>
    public MultiProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
        : base(bufferSize, waitStrategy)
    {
        _availableBuffer = new int[bufferSize];
        _availableBuffer.AsSpan().Fill(-1);
        _indexMask = bufferSize - 1;
        _indexShift = System.Numerics.BitOperations.Log2((uint)bufferSize);
    }

    /// <inheritdoc />
    public override long Next() => Next(1);

    /// <inheritdoc />
    public override long Next(int n)
    {
        if ((uint)(n - 1) >= (uint)BufferSize)
        {
            ThrowHelper.ClaimOutOfRange(n, BufferSize);
        }

        long blockedSince = 0;
        var spinner = default(SpinWait);
        long current;
        long next;
        while (true)
        {
            current = CursorSequence.Value;
            next = current + n;
            var wrapPoint = next - BufferSize;
            var cachedGating = _gatingSequenceCache.Value;
            if (wrapPoint > cachedGating || cachedGating > current)
            {
                var gating = SequenceGroup.Minimum(GatingSequences, current);
                if (wrapPoint > gating)
                {
                    ThrowIfHalted();
                    if (blockedSince == 0)
                    {
                        blockedSince = Stopwatch.GetTimestamp();
                        RecordBlockedStart();
                    }

                    spinner.SpinOnce(-1);
                    continue;
                }

                _gatingSequenceCache.SetValue(gating);
            }
            else if (CursorSequence.CompareAndSet(current, next))
            {
                break;
            }
        }

        if (blockedSince != 0)
        {
            RecordBlocked(Stopwatch.GetTimestamp() - blockedSince);
        }

        return next;
    }

    /// <inheritdoc />
    public override bool TryNext(int n, out long sequence)
    {
        if ((uint)(n - 1) >= (uint)BufferSize)
        {
            ThrowHelper.ClaimOutOfRange(n, BufferSize);
        }

        while (true)
        {
            var current = CursorSequence.Value;
            var next = current + n;
            if (next - BufferSize > SequenceGroup.Minimum(GatingSequences, current))
            {
                sequence = Sequence.InitialValue;
                return false;
            }

            if (CursorSequence.CompareAndSet(current, next))
            {
                sequence = next;
                return true;
            }
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Publish(long sequence)
    {
        SetAvailable(sequence);
        SignalConsumers();
    }

    /// <inheritdoc />
    public override void Publish(long low, long high)
    {
        for (var s = low; s <= high; s++)
        {
            SetAvailable(s);
        }

        SignalConsumers();
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool IsAvailable(long sequence)
    {
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_availableBuffer), (int)sequence & _indexMask);
        return Volatile.Read(ref slot) == (int)((ulong)sequence >> _indexShift);
    }

    /// <summary>The highest sequence in <paramref name="low"/>..<paramref name="available"/> with every slot up to it published.</summary>
    public long GetHighestPublishedSequence(long low, long available)
    {
        for (var s = low; s <= available; s++)
        {
            if (!IsAvailable(s))
            {
                return s - 1;
            }
        }

        return available;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetAvailable(long sequence)
    {
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_availableBuffer), (int)sequence & _indexMask);
        Volatile.Write(ref slot, (int)((ulong)sequence >> _indexShift));
    }
}
