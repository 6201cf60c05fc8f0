using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Time bars of trade volume and close price, the input of bulk volume classification (§4.4 fallback:
/// 1-min bars). A bar is emitted when the first trade of a later bar arrives, or on <see cref="Flush{TSink}"/>.
/// </summary>
public sealed class VolumeBars
{
    /// <summary>Default bar length: 1 min.</summary>
    public const long DefaultBarNs = 60 * TimeBins.NsPerSecond;

    private readonly TimeBins _bins;
    private bool _open;
    private long _index;
    private long _volume;
    private long _close;
    private int _trades;

    /// <summary>Creates the operator.</summary>
    /// <param name="barNs">Bar length (default 1 min).</param>
    /// <param name="originNs">Bar alignment (default the UNIX epoch).</param>
    public VolumeBars(long barNs = DefaultBarNs, long originNs = 0) => _bins = new TimeBins(barNs, originNs);

    /// <summary>Adds a trade.</summary>
    public void OnTrade<TSink>(long tsNs, long priceFixed, long quantity, ref TSink sink)
        where TSink : IOperatorSink<VolumeBar>
    {
        var index = _bins.IndexOf(tsNs);
        if (_open && index != _index)
        {
            Flush(ref sink);
        }

        if (!_open)
        {
            _open = true;
            _index = index;
        }

        _volume += quantity;
        _close = priceFixed;
        _trades++;
    }

    /// <summary>Emits the open bar, if any.</summary>
    public void Flush<TSink>(ref TSink sink)
        where TSink : IOperatorSink<VolumeBar>
    {
        if (!_open)
        {
            return;
        }

        sink.Emit(new VolumeBar(_bins.StartOf(_index), _volume, _close, _trades));
        _open = false;
        _volume = 0;
        _trades = 0;
    }
}
