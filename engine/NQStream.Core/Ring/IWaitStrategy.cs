namespace NQStream.Core.Ring;

/// <summary>
/// How a consumer waits for a sequence to become available: spin, yield, sleep or block. The choice
/// trades CPU for latency; busy-spin needs fewer busy threads than physical cores.
/// </summary>
public interface IWaitStrategy
{
    /// <summary>True when producers must call <see cref="SignalAllWhenBlocking"/> after publishing.</summary>
    bool IsBlockingStrategy { get; }

    /// <summary>
    /// Waits until <paramref name="dependents"/> reach <paramref name="sequence"/>. Returns the highest
    /// sequence the dependents have reached (which may exceed <paramref name="sequence"/>), or
    /// <see cref="SequenceBarrier.AlertedSequence"/> once <paramref name="barrier"/> is alerted.
    /// </summary>
    long WaitFor(long sequence, Sequence cursor, DependentSequenceGroup dependents, SequenceBarrier barrier);

    /// <summary>Wakes consumers blocked in <see cref="WaitFor"/> (only needed by blocking strategies).</summary>
    void SignalAllWhenBlocking();
}
