using System.Text;

namespace NQStream.Sinks.Metrics;

/// <summary>Writes the Prometheus text format 0.0.4 (docs/ops.md §5.1).</summary>
public static class PrometheusTextWriter
{
    /// <summary>The Content-Type of this format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Writes every family: HELP and TYPE named after the sample name, then its samples.</summary>
    public static string Write(IReadOnlyList<MetricFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var builder = new StringBuilder(4096);
        foreach (MetricFamily family in families)
        {
            builder.Append("# HELP ").Append(family.Name).Append(' ');
            ExpositionText.AppendHelp(builder, family.Help, openMetrics: false);
            builder.Append('\n');
            builder.Append("# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Kind)).Append('\n');
            SampleLines.Append(builder, family);
        }

        return builder.ToString();
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
