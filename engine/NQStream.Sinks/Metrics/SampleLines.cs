using System.Text;

namespace NQStream.Sinks.Metrics;

/// <summary>Sample lines, identical in both formats: scalars, or cumulative buckets + sum + count.</summary>
internal static class SampleLines
{
    public static void Append(StringBuilder builder, MetricFamily family)
    {
        foreach (SeriesSnapshot series in family.Series)
        {
            if (family.Kind != MetricKind.Histogram)
            {
                builder.Append(family.Name);
                ExpositionText.AppendLabels(builder, series.Labels);
                double value = family.Kind == MetricKind.Counter && series.Value < 0 ? 0 : series.Value;
                builder.Append(' ').Append(ExpositionText.FormatDouble(value)).Append('\n');
                continue;
            }

            long cumulative = 0;
            for (int i = 0; i <= family.Bounds.Count; i++)
            {
                cumulative += i < series.BucketCounts.Count ? series.BucketCounts[i] : 0;
                string le = i < family.Bounds.Count ? ExpositionText.FormatBound(family.Bounds[i]) : "+Inf";
                builder.Append(family.Name).Append("_bucket");
                ExpositionText.AppendLabels(builder, series.Labels, le);
                builder.Append(' ').Append(ExpositionText.FormatCount(cumulative)).Append('\n');
            }

            builder.Append(family.Name).Append("_sum");
            ExpositionText.AppendLabels(builder, series.Labels);
            builder.Append(' ').Append(ExpositionText.FormatDouble(series.Sum)).Append('\n');
            builder.Append(family.Name).Append("_count");
            ExpositionText.AppendLabels(builder, series.Labels);
            builder.Append(' ').Append(ExpositionText.FormatCount(cumulative)).Append('\n');
        }
    }
}
