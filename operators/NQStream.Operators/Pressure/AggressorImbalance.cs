using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Aggressor imbalance (§4.2) over tumbling event-time windows: AI = (V_B − V_A)/(V_B + V_A) and the same
/// with premium. Unknown-side volume is reported in <c>v_unknown</c> only. Windows without events are
/// not emitted. Allocation-free per input.
/// </summary>
public sealed class AggressorImbalance
{
    /// <summary>Default window: 10 s (the first of <c>windows</c>).</summary>
    public const long DefaultWindowNs = 10 * TimeBins.NsPerSecond;

    private readonly TimeBins _bins;
    private bool _open;
    private long _index;
    private long _vBuy;
    private long _vSell;
    private long _vUnknown;
    private double _pBuy;
    private double _pSell;
    private int _events;

    /// <summary>Creates the operator.</summary>
    /// <param name="windowNs">Window length (default 10 s; one operator per window length).</param>
    /// <param name="originNs">Window alignment (default the UNIX epoch).</param>
    public AggressorImbalance(long windowNs = DefaultWindowNs, long originNs = 0) => _bins = new TimeBins(windowNs, originNs);

    /// <summary>End of the open window; null when none.</summary>
    public long? PendingWindowEnd => _open ? _bins.StartOf(_index + 1) : null;

    /// <summary>Adds an aggressor event: sign +1 buy, −1 sell, 0 unknown.</summary>
    public void OnEvent<TSink>(long tsNs, int sign, long quantity, double premiumUsd, ref TSink sink)
        where TSink : IOperatorSink<AggressorImbalanceWindow>
    {
        AdvanceTo(tsNs, ref sink);
        if (!_open)
        {
            _open = true;
            _index = _bins.IndexOf(tsNs);
        }

        _events++;
        if (sign > 0)
        {
            _vBuy += quantity;
            _pBuy += premiumUsd;
        }
        else if (sign < 0)
        {
            _vSell += quantity;
            _pSell += premiumUsd;
        }
        else
        {
            _vUnknown += quantity;
        }
    }

    /// <summary>Emits the open window when it ends at or before <paramref name="tsNs"/>.</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<AggressorImbalanceWindow>
    {
        if (!_open || _bins.IndexOf(tsNs) <= _index)
        {
            return;
        }

        var v = _vBuy + _vSell;
        var p = _pBuy + _pSell;
        var start = _bins.StartOf(_index);
        sink.Emit(new AggressorImbalanceWindow(
            start,
            start + _bins.WidthNs,
            _vBuy,
            _vSell,
            _vUnknown,
            v > 0 ? (double)(_vBuy - _vSell) / v : null,
            _pBuy,
            _pSell,
            p > 0 ? (_pBuy - _pSell) / p : null,
            _events));
        _open = false;
        _vBuy = _vSell = _vUnknown = 0;
        _pBuy = _pSell = 0;
        _events = 0;
    }
}
