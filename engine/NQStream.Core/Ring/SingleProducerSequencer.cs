using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NQStream.Core.Ring;

/// <summary>
/// Sequencer for exactly one publishing thread. Claims are plain field updates (no atomics); the only
/// fence is on the slow path, when the cached view of the consumers says the ring may be full.
/// </summary>
public sealed class SingleProducerSequencer : Sequencer
{
    // Producer-only fields. The cursor and the consumer sequences live in their own padded objects,
    // so nothing another thread writes shares a cache line with these.
    private static readonly long YieldTicks = Stopwatch.Frequency / 20_000;   // 50 µs
    private long _nextValue = Sequence.InitialValue;
    private long _cachedGatingValue = Sequence.InitialValue;

    /// <summary>Creates the sequencer.</summary>
    public SingleProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
        : base(bufferSize, waitStrategy)
    {
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override long Next()
    {
        var nextValue = _nextValue;
        var nextSequence = nextValue + 1;
        var wrapPoint = nextSequence - BufferSize;
        var cached = _cachedGatingValue;
        if (wrapPoint > cached || cached > nextValue)
        {
            WaitForCapacity(nextValue, wrapPoint);
        }

        _nextValue = nextSequence;
        return nextSequence;
    }

    /// <inheritdoc />
    public override long Next(int n)
    {
        if ((uint)(n - 1) >= (uint)BufferSize)
        {
            ThrowHelper.ClaimOutOfRange(n, BufferSize);
        }

        var nextValue = _nextValue;
        var nextSequence = nextValue + n;
        var wrapPoint = nextSequence - BufferSize;
        var cached = _cachedGatingValue;
        if (wrapPoint > cached || cached > nextValue)
        {
            WaitForCapacity(nextValue, wrapPoint);
        }

        _nextValue = nextSequence;
        return nextSequence;
    }

    /// <inheritdoc />
    public override bool TryNext(int n, out long sequence)
    {
        if ((uint)(n - 1) >= (uint)BufferSize)
        {
            ThrowHelper.ClaimOutOfRange(n, BufferSize);
        }

        var nextValue = _nextValue;
        var nextSequence = nextValue + n;
        var wrapPoint = nextSequence - BufferSize;
        var cached = _cachedGatingValue;
        if (wrapPoint > cached || cached > nextValue)
        {
            CursorSequence.SetValueVolatile(nextValue);
            var minimum = SequenceGroup.Minimum(GatingSequences, nextValue);
            _cachedGatingValue = minimum;
            if (wrapPoint > minimum)
            {
                sequence = Sequence.InitialValue;
                return false;
            }
        }

        _nextValue = nextSequence;
        sequence = nextSequence;
        return true;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void Publish(long sequence)
    {
        CursorSequence.SetValue(sequence);
        if (IsBlockingWait)
        {
            SignalConsumers();
        }
    }

    /// <inheritdoc />
    public override void Publish(long low, long high) => Publish(high);

    /// <inheritdoc />
    public override bool IsAvailable(long sequence)
    {
        var cursor = Cursor;
        return sequence <= cursor && sequence > cursor - BufferSize;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WaitForCapacity(long nextValue, long wrapPoint)
    {
        // Make everything claimed so far visible before reading the consumers (store-load fence).
        CursorSequence.SetValueVolatile(nextValue);
        var minimum = SequenceGroup.Minimum(GatingSequences, nextValue);
        if (wrapPoint > minimum)
        {
            var start = Stopwatch.GetTimestamp();
            RecordBlockedStart();
            // Full: resume only once an eighth of the ring is free (not slot by slot, in lock step with the consumers),
            // spinning and yielding for up to 50 µs, then sleeping: a producer that outruns its consumers leaves its core
            // to them and to the sinks (the replay runs three busy threads on two cores) instead of burning it.
            var resumeAt = wrapPoint + Math.Max(0, (BufferSize >> 3) - 1);   // the claim's slot and the next ring/8 − 1
            var yieldUntil = start + YieldTicks;
            var spinner = default(SpinWait);
            while (resumeAt > (minimum = SequenceGroup.Minimum(GatingSequences, nextValue)))
            {
                ThrowIfHalted();
                if (!spinner.NextSpinWillYield || Stopwatch.GetTimestamp() < yieldUntil)
                {
                    spinner.SpinOnce(-1);
                }
                else
                {
                    Thread.Sleep(1);
                }
            }

            RecordBlocked(Stopwatch.GetTimestamp() - start);
        }

        _cachedGatingValue = minimum;
    }
}
