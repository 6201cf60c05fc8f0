using System.Diagnostics.Metrics;

namespace NQStream.Sinks.Metrics;

/// <summary>Reads explicit bucket bounds from an instrument's <see cref="InstrumentAdvice{T}"/>.</summary>
internal static class HistogramBounds
{
    /// <summary>OpenTelemetry's default explicit bounds, used when an instrument gives no advice.</summary>
    public static IReadOnlyList<double> Default { get; } = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    public static double[] Of(Instrument instrument) => instrument switch
    {
        Histogram<double> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<float> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<long> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<int> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<short> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<byte> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => v),
        Histogram<decimal> h => Clean(h.Advice?.HistogramBucketBoundaries, static v => (double)v),
        _ => [.. Default],
    };

    private static double[] Clean<T>(IReadOnlyList<T>? advice, Func<T, double> toDouble)
    {
        if (advice is null || advice.Count == 0)
        {
            return [.. Default];
        }

        // InstrumentAdvice already rejects unsorted bounds; +Inf is implicit, so drop it if given.
        var bounds = new List<double>(advice.Count);
        foreach (T bound in advice)
        {
            double value = toDouble(bound);
            if (!double.IsPositiveInfinity(value) && !double.IsNaN(value))
            {
                bounds.Add(value);
            }
        }

        return [.. bounds];
    }
}
