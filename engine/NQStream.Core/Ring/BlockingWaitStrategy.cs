namespace NQStream.Core.Ring;

/// <summary>
/// Blocks on a monitor until the producer signals: no CPU while idle, microsecond wake-ups. Producers
/// take the monitor on every publish, so this is for low-rate rings, not the hot path.
/// </summary>
public sealed class BlockingWaitStrategy : IWaitStrategy
{
    private readonly object _gate = new();
    private int _waiters;

    /// <inheritdoc />
    public bool IsBlockingStrategy => true;

    /// <inheritdoc />
    public long WaitFor(long sequence, Sequence cursor, DependentSequenceGroup dependents, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(dependents);
        ArgumentNullException.ThrowIfNull(barrier);
        if (cursor.Value < sequence)
        {
            lock (_gate)
            {
                // Interlocked: a full fence, so the cursor re-check below cannot pass the increment
                // (the producer fences between its publish and its read of _waiters).
                Interlocked.Increment(ref _waiters);
                try
                {
                    while (cursor.Value < sequence)
                    {
                        if (barrier.IsAlerted)
                        {
                            return SequenceBarrier.AlertedSequence;
                        }

                        // Timed wait: a signal that races with the check above is never lost for long.
                        Monitor.Wait(_gate, 10);
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref _waiters);
                }
            }
        }

        long available;
        var spinner = default(SpinWait);
        while ((available = dependents.Value) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return SequenceBarrier.AlertedSequence;
            }

            spinner.SpinOnce(-1);
        }

        return available;
    }

    /// <inheritdoc />
    public void SignalAllWhenBlocking()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _waiters) == 0)
        {
            return;
        }

        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }
}
