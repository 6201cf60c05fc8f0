using NQStream.Operators.Aggressor;
using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Delta-weighted flow (docs/algorithms.md §4.3) of one key over tumbling event-time windows:
/// FE_k = Σ s·q·Δ (NQ futures-equivalent contracts), $Δ_k = M·FE_k ($ per index point, M = 20 for NQ).
/// Events with a null Δ (no underlying, no IV, expired) are excluded and their quantity reported in
/// <c>fe_missing_qty</c>; side <c>N</c> events (s = 0) are counted but add nothing. Windows without events are not
/// emitted. Allocation-free per input.
/// </summary>
public sealed class DeltaWeightedFlow
{
    private readonly TimeBins _bins;
    private readonly double _multiplier;
    private readonly uint _key;
    private bool _open;
    private long _index;
    private double _feBuy;
    private double _feSell;
    private int _events;
    private long _missingQty;

    /// <summary>Creates the operator.</summary>
    /// <param name="key">Key reported on each window (instrument, strike, expiry or underlying id).</param>
    /// <param name="windowNs">Window length in ns (one operator per window length).</param>
    /// <param name="multiplier">Dollars per index point for $Δ (20 for NQ, <c>ContractFacts.Multiplier</c>).</param>
    /// <param name="originNs">Window alignment (default the UNIX epoch).</param>
    public DeltaWeightedFlow(uint key, long windowNs, double multiplier = 20.0, long originNs = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        _key = key;
        _bins = new TimeBins(windowNs, originNs);
        _multiplier = multiplier;
    }

    /// <summary>Window length in ns.</summary>
    public long WindowNs => _bins.WidthNs;

    /// <summary>Adds one enriched aggressor event (its <see cref="AggressorEvent.Delta"/> set by the caller).</summary>
    public void OnEvent<TSink>(in AggressorEvent e, ref TSink sink)
        where TSink : IOperatorSink<DeltaFlowWindow>
    {
        AdvanceTo(e.TsEvent, ref sink);
        if (!_open)
        {
            _open = true;
            _index = _bins.IndexOf(e.TsEvent);
        }

        _events++;
        if (e.Sign == 0)
        {
            return;
        }

        if (e.Delta is not { } delta)
        {
            _missingQty += e.Quantity;
            return;
        }

        var fe = e.Sign * e.Quantity * delta;
        if (fe > 0)
        {
            _feBuy += fe;
        }
        else
        {
            _feSell += fe;
        }
    }

    /// <summary>Emits the open window when it ends at or before <paramref name="tsNs"/>.</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<DeltaFlowWindow>
    {
        if (!_open || _bins.IndexOf(tsNs) <= _index)
        {
            return;
        }

        var start = _bins.StartOf(_index);
        var net = _feBuy + _feSell;
        sink.Emit(new DeltaFlowWindow(_key, start, start + _bins.WidthNs, _feBuy, _feSell, net, _multiplier * net, _events, _missingQty));
        _open = false;
        _feBuy = _feSell = 0;
        _events = 0;
        _missingQty = 0;
    }
}
