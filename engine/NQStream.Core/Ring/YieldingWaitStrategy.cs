namespace NQStream.Core.Ring;

/// <summary>Spins 100 times, then yields the core to another ready thread: low latency, polite on few cores.</summary>
public sealed class YieldingWaitStrategy : IWaitStrategy
{
    private const int SpinTries = 100;

    /// <inheritdoc />
    public bool IsBlockingStrategy => false;

    /// <inheritdoc />
    public long WaitFor(long sequence, Sequence cursor, DependentSequenceGroup dependents, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(dependents);
        ArgumentNullException.ThrowIfNull(barrier);
        var counter = SpinTries;
        long available;
        while ((available = dependents.Value) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return SequenceBarrier.AlertedSequence;
            }

            if (counter > 0)
            {
                counter--;
            }
            else
            {
                Thread.Yield();
            }
        }

        return available;
    }

    /// <inheritdoc />
    public void SignalAllWhenBlocking()
    {
    }
}
