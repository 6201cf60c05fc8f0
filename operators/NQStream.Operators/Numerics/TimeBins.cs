namespace NQStream.Operators.Numerics;

/// <summary>
/// Tumbling windows [origin + k·width, origin + (k+1)·width) on event time in ns (§0.2). The origin
/// defaults to the UNIX epoch; reference checks may align to a session open instead.
/// </summary>
public readonly struct TimeBins
{
    /// <summary>Nanoseconds per second.</summary>
    public const long NsPerSecond = 1_000_000_000;

    /// <summary>Creates the binning.</summary>
    /// <param name="widthNs">Window length in ns (&gt; 0).</param>
    /// <param name="originNs">Start of window 0 in ns.</param>
    public TimeBins(long widthNs, long originNs = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthNs);
        WidthNs = widthNs;
        OriginNs = originNs;
    }

    /// <summary>Window length in ns.</summary>
    public long WidthNs { get; }

    /// <summary>Start of window 0 in ns.</summary>
    public long OriginNs { get; }

    /// <summary>Index of the window holding <paramref name="tsNs"/> (floor division, negative before the origin).</summary>
    public long IndexOf(long tsNs)
    {
        var d = tsNs - OriginNs;
        var q = d / WidthNs;
        return d < 0 && q * WidthNs != d ? q - 1 : q;
    }

    /// <summary>Start time of window <paramref name="index"/>.</summary>
    public long StartOf(long index) => OriginNs + (index * WidthNs);
}
