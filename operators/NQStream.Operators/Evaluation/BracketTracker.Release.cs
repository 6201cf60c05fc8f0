namespace NQStream.Operators.Evaluation;

/// <summary>The release buffer: outcomes freed by one advance of event time, emitted in a deterministic order.</summary>
public sealed partial class BracketTracker
{
    private BracketOutcome[] _released = new BracketOutcome[8];
    private long[] _releasedSeq = new long[8];
    private int _releasedCount;

    // Insertion into the (resolved ts, sequence)-sorted buffer; buffers grow by doubling, so steady state allocates nothing.
    private void AddReleased(in BracketOutcome outcome, long sequence)
    {
        if (_releasedCount == _released.Length)
        {
            Array.Resize(ref _released, _released.Length * 2);
            Array.Resize(ref _releasedSeq, _releasedSeq.Length * 2);
        }

        var i = _releasedCount++;
        while (i > 0 && (_released[i - 1].ResolvedTs > outcome.ResolvedTs || (_released[i - 1].ResolvedTs == outcome.ResolvedTs && _releasedSeq[i - 1] > sequence)))
        {
            _released[i] = _released[i - 1];
            _releasedSeq[i] = _releasedSeq[i - 1];
            i--;
        }

        _released[i] = outcome;
        _releasedSeq[i] = sequence;
    }

    private void EmitReleased<TSink>(ref TSink sink)
        where TSink : struct, IOperatorSink<BracketOutcome>
    {
        for (var i = 0; i < _releasedCount; i++)
        {
            sink.Emit(in _released[i]);
            _released[i] = default;
        }

        _releasedCount = 0;
    }
}
