namespace NQStream.Feeds.Simulation;

/// <summary>
/// Activity and variance by 30-minute time-of-day bucket (0 = 17:00–17:30 CT … 45 = 15:30–16:00 CT):
/// quiet Asia, a European bump, the 07:30 data releases, the 08:30 open, a midday lull and the close.
/// Maps between session time and "profile time" u ∈ [0, 1] (the share of the day's activity before t).
/// </summary>
internal sealed class IntradayProfile
{
    private static readonly double[] Raw =
    [
        0.35, 0.35, 0.30, 0.30, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20,
        0.20, 0.20, 0.35, 0.40, 0.40, 0.35, 0.35, 0.35, 0.35, 0.35, 0.40, 0.45, 0.70, 0.90, 1.10, 3.00,
        2.20, 1.60, 1.40, 1.20, 1.00, 1.00, 1.00, 1.10, 1.20, 1.40, 1.70, 2.20, 0.60, 0.40,
    ];

    private readonly double[] _weight = new double[TradingCalendar.BucketCount];
    private readonly double[] _cumulative = new double[TradingCalendar.BucketCount + 1];

    public IntradayProfile()
    {
        var sum = 0.0;
        foreach (var w in Raw)
        {
            sum += w;
        }

        for (var b = 0; b < Raw.Length; b++)
        {
            _weight[b] = Raw[b] / sum;
            _cumulative[b + 1] = _cumulative[b] + _weight[b];
        }

        _cumulative[^1] = 1.0;
    }

    /// <summary>Share of the day's activity (and variance) in bucket <paramref name="b"/>.</summary>
    public double Weight(int b) => _weight[b];

    /// <summary>Profile time of <paramref name="offsetNs"/> after the session open.</summary>
    public double ToProfile(long offsetNs)
    {
        var b = (int)Math.Clamp(offsetNs / TradingCalendar.BucketNs, 0, TradingCalendar.BucketCount - 1);
        var within = Math.Clamp((offsetNs - (b * TradingCalendar.BucketNs)) / (double)TradingCalendar.BucketNs, 0.0, 1.0);
        return _cumulative[b] + (within * _weight[b]);
    }

    /// <summary>Offset after the session open at profile time <paramref name="u"/> (u ≥ 1 → session length).</summary>
    public long FromProfile(double u)
    {
        if (u >= 1.0)
        {
            return TradingCalendar.BucketCount * TradingCalendar.BucketNs;
        }

        var b = 0;
        while (b < TradingCalendar.BucketCount - 1 && _cumulative[b + 1] <= u)
        {
            b++;
        }

        var within = (u - _cumulative[b]) / _weight[b];
        return (b * TradingCalendar.BucketNs) + (long)(Math.Clamp(within, 0.0, 1.0) * TradingCalendar.BucketNs);
    }
}
