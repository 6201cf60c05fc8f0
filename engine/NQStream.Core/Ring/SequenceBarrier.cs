using System.Diagnostics;

namespace NQStream.Core.Ring;

/// <summary>
/// What a consumer waits on: the ring cursor (first stage) or upstream consumers (later stages), through
/// a wait strategy. With a multi-producer sequencer it also skips claimed but unpublished slots.
/// </summary>
[DebuggerDisplay("Alerted = {IsAlerted}")]
public sealed class SequenceBarrier
{
    /// <summary>Returned by <see cref="WaitFor"/> when the barrier has been alerted (shutdown or halt).</summary>
    public const long AlertedSequence = long.MinValue;

    private readonly MultiProducerSequencer? _multi;
    private readonly IWaitStrategy _waitStrategy;
    private readonly Sequence _cursor;
    private readonly DependentSequenceGroup _dependents;
    private volatile bool _alerted;

    internal SequenceBarrier(Sequencer sequencer, Sequence[] dependents)
    {
        _multi = sequencer as MultiProducerSequencer;
        _waitStrategy = sequencer.WaitStrategy;
        _cursor = sequencer.CursorSequence;
        _dependents = new DependentSequenceGroup(_cursor, dependents);
    }

    /// <summary>True once <see cref="Alert"/> has been called (until <see cref="ClearAlert"/>).</summary>
    public bool IsAlerted => _alerted;

    /// <summary>The published cursor of the ring.</summary>
    public long Cursor => _dependents.Value;

    /// <summary>
    /// Waits until <paramref name="sequence"/> is available and returns the highest available sequence
    /// (at least <paramref name="sequence"/>), or <see cref="AlertedSequence"/> when alerted.
    /// </summary>
    public long WaitFor(long sequence)
    {
        var available = _waitStrategy.WaitFor(sequence, _cursor, _dependents, this);
        if (available < sequence || _multi is null)
        {
            return available;
        }

        return _multi.GetHighestPublishedSequence(sequence, available);
    }

    /// <summary>Alerts the consumers waiting on this barrier so they can stop.</summary>
    public void Alert()
    {
        _alerted = true;
        _waitStrategy.SignalAllWhenBlocking();
    }

    /// <summary>Clears a previous alert (a processor restarting).</summary>
    public void ClearAlert() => _alerted = false;
}
