namespace NQStream.Core.Ring;

/// <summary>Spins without pausing: the lowest latency, one full core per waiting consumer.</summary>
public sealed class BusySpinWaitStrategy : IWaitStrategy
{
    /// <inheritdoc />
    public bool IsBlockingStrategy => false;

    /// <inheritdoc />
    public long WaitFor(long sequence, Sequence cursor, DependentSequenceGroup dependents, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(dependents);
        ArgumentNullException.ThrowIfNull(barrier);
        long available;
        while ((available = dependents.Value) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return SequenceBarrier.AlertedSequence;
            }
        }

        return available;
    }

    /// <inheritdoc />
    public void SignalAllWhenBlocking()
    {
    }
}
