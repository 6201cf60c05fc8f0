namespace NQStream.Operators.Numerics;

/// <summary>
/// OLS of per-bin pairs (x, y), fitted once per block of consecutive bins (tumbling, e.g. 30 min of
/// 10-s bins) and over the whole trade date. Used by the OFI impact model (§4.1) and Kyle's lambda (§4.5).
/// </summary>
public struct BlockRegression
{
    private readonly TimeBins _blocks;
    private readonly long _minNonEmpty;
    private Ols _day;
    private Ols _block;
    private long _dayStart;
    private long _dayEnd;
    private long _dayNonEmpty;
    private long _blockNonEmpty;
    private long _blockIndex;
    private bool _blockOpen;
    private bool _dayOpen;

    /// <summary>Creates the regression.</summary>
    /// <param name="blockNs">Block length in ns (a multiple of the bin length).</param>
    /// <param name="originNs">Block alignment origin in ns.</param>
    /// <param name="minNonEmptyBins">Fewest non-empty bins for a fit (0 = no minimum).</param>
    public BlockRegression(long blockNs, long originNs = 0, long minNonEmptyBins = 0)
    {
        _blocks = new TimeBins(blockNs, originNs);
        _minNonEmpty = minNonEmptyBins;
    }

    /// <summary>The fit over every bin since the start or the last <see cref="ResetDay"/>.</summary>
    public readonly RegressionWindow Day => new(_dayStart, _dayEnd, Gate(_day, _dayNonEmpty), _day.Count, _dayNonEmpty);

    /// <summary>Adds one bin; emits a block's fit when its last bin arrives (or, after a gap, when a later block starts).</summary>
    /// <param name="binStartNs">Start time of the bin.</param>
    /// <param name="binEndNs">End time of the bin.</param>
    /// <param name="x">Regressor.</param>
    /// <param name="y">Response.</param>
    /// <param name="nonEmpty">Whether any input record fell into the bin.</param>
    /// <param name="sink">Receives completed blocks.</param>
    public void Add<TSink>(long binStartNs, long binEndNs, double x, double y, bool nonEmpty, ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        var block = _blocks.IndexOf(binStartNs);
        if (_blockOpen && block != _blockIndex)
        {
            Flush(ref sink);
        }

        if (!_blockOpen)
        {
            _blockOpen = true;
            _blockIndex = block;
            _block.Reset();
            _blockNonEmpty = 0;
        }

        if (!_dayOpen)
        {
            _dayOpen = true;
            _dayStart = binStartNs;
        }

        _dayEnd = binEndNs;
        _block.Add(x, y);
        _day.Add(x, y);
        if (nonEmpty)
        {
            _blockNonEmpty++;
            _dayNonEmpty++;
        }

        if (binEndNs >= _blocks.StartOf(_blockIndex + 1))
        {
            Flush(ref sink);
        }
    }

    /// <summary>Emits the open, incomplete block, if any (end of stream or end of trade date).</summary>
    public void Flush<TSink>(ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        if (!_blockOpen)
        {
            return;
        }

        _blockOpen = false;
        var start = _blocks.StartOf(_blockIndex);
        sink.Emit(new RegressionWindow(start, start + _blocks.WidthNs, Gate(_block, _blockNonEmpty), _block.Count, _blockNonEmpty));
    }

    /// <summary>Starts a new trade date for <see cref="Day"/> (call <see cref="Flush"/> first).</summary>
    public void ResetDay()
    {
        _day.Reset();
        _dayNonEmpty = 0;
        _dayOpen = false;
        _dayStart = 0;
        _dayEnd = 0;
    }

    private readonly OlsFit? Gate(in Ols ols, long nonEmpty) => nonEmpty < _minNonEmpty ? null : ols.Fit();
}
