namespace NQStream.Sinks.Metrics;

/// <summary>One labelled series of a <see cref="MetricFamily"/>.</summary>
/// <param name="Labels">Label names and raw (unescaped) values, in output order.</param>
/// <param name="Value">Counter or gauge value; unused for histograms.</param>
/// <param name="BucketCounts">Histogram only: per-bucket (not cumulative) counts, one per bound plus the +Inf bucket.</param>
/// <param name="Sum">Histogram only: sum of the observations.</param>
public sealed record SeriesSnapshot(
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    double Value,
    IReadOnlyList<long> BucketCounts,
    double Sum)
{
    /// <summary>A counter or gauge series.</summary>
    public static SeriesSnapshot Scalar(double value, params KeyValuePair<string, string>[] labels) =>
        new(labels, value, [], 0);

    /// <summary>A histogram series from per-bucket counts (the last is the +Inf bucket).</summary>
    public static SeriesSnapshot Histogram(IReadOnlyList<long> bucketCounts, double sum, params KeyValuePair<string, string>[] labels) =>
        new(labels, 0, bucketCounts, sum);
}
