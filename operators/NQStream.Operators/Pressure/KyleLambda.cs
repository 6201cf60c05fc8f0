using NQStream.Operators.Book;
using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Kyle's lambda (Kyle 1985; docs/algorithms.md §4.5): ΔP_k = α + λ·SV_k + ε_k over event-time bins,
/// SV_k = Σ s·q of signed aggressor trades in bin k, ΔP_k the change of the mid of the last <c>OK</c>
/// state before each bin boundary (as for OFI). Fitted per tumbling <c>window</c> block and per trade
/// date; λ in points per contract. Unsigned trades (s = 0) are excluded (§0.3). Allocation-free per input.
/// </summary>
public sealed class KyleLambda
{
    /// <summary>Default <c>bin</c>: 10 s.</summary>
    public const long DefaultBinNs = 10 * TimeBins.NsPerSecond;

    /// <summary>Default <c>window</c>: 30 min.</summary>
    public const long DefaultWindowNs = 30 * 60 * TimeBins.NsPerSecond;

    /// <summary>Default <c>min_nonempty_bins</c>.</summary>
    public const int DefaultMinNonEmptyBins = 30;

    private readonly KyleVariant _variant;
    private MidWindowClock _clock;
    private BlockRegression _regression;
    private long _signedVolume;
    private int _trades;

    /// <summary>Creates the operator.</summary>
    /// <param name="binNs">Bin length (<c>bin</c>, default 10 s).</param>
    /// <param name="windowNs">Regression block (<c>window</c>, default 30 min; a multiple of the bin).</param>
    /// <param name="minNonEmptyBins">Fewest bins with trades for a value (<c>min_nonempty_bins</c>, default 30).</param>
    /// <param name="variant">Regressor form (<c>variant</c>, default linear).</param>
    /// <param name="originNs">Alignment of bins and blocks (default the UNIX epoch).</param>
    public KyleLambda(
        long binNs = DefaultBinNs,
        long windowNs = DefaultWindowNs,
        int minNonEmptyBins = DefaultMinNonEmptyBins,
        KyleVariant variant = KyleVariant.Linear,
        long originNs = 0)
    {
        if (binNs <= 0 || windowNs % binNs != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(windowNs), windowNs, $"window must be a positive multiple of bin ({binNs} ns)");
        }

        _variant = variant;
        _clock = new MidWindowClock(new TimeBins(binNs, originNs));
        _regression = new BlockRegression(windowNs, originNs, minNonEmptyBins);
    }

    /// <summary>The fit over the trade date so far.</summary>
    public RegressionWindow Day => _regression.Day;

    /// <summary>Adds an aggressor trade: <paramref name="sign"/> +1 buy, −1 sell, 0 unknown (ignored).</summary>
    public void OnTrade<TSink>(long tsNs, int sign, long quantity, ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        AdvanceTo(tsNs, ref sink);
        _clock.TryOpen(tsNs);
        if (sign == 0)
        {
            return;
        }

        _signedVolume += sign > 0 ? quantity : -quantity;
        _trades++;
    }

    /// <summary>Applies a published top of book (moves the mid used for ΔP).</summary>
    public void OnQuote<TSink>(long tsNs, in Quote quote, ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        AdvanceTo(tsNs, ref sink);
        _clock.TryOpen(tsNs);
        _clock.Observe(quote);
    }

    /// <summary>Closes every bin that ends at or before <paramref name="tsNs"/>; emits completed blocks.</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        while (_clock.MustClose(tsNs))
        {
            var mids = _clock.CloseCurrent();
            if (mids.DMidPts is { } dp)
            {
                _regression.Add(mids.StartNs, mids.EndNs, Regressor(_signedVolume), dp, _trades > 0, ref sink);
            }

            _signedVolume = 0;
            _trades = 0;
        }
    }

    /// <summary>Emits the open, incomplete block (end of stream, after <see cref="AdvanceTo"/> to the close).</summary>
    public void Flush<TSink>(ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow> => _regression.Flush(ref sink);

    /// <summary>Starts a new trade date (flush first).</summary>
    public void ResetDay() => _regression.ResetDay();

    private double Regressor(long sv) => _variant == KyleVariant.Linear
        ? sv
        : Math.Sign(sv) * Math.Sqrt(Math.Abs((double)sv));
}
