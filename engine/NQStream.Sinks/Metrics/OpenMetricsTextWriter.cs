using System.Text;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// Writes OpenMetrics 1.0 (docs/ops.md §5.1): metadata named after the family (a counter without
/// <c>_total</c>), TYPE before UNIT and HELP, and the mandatory <c># EOF</c> line.
/// </summary>
public static class OpenMetricsTextWriter
{
    /// <summary>The Content-Type of this format.</summary>
    public const string ContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    /// <summary>Writes every family followed by <c># EOF</c>.</summary>
    public static string Write(IReadOnlyList<MetricFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var builder = new StringBuilder(4096);
        foreach (MetricFamily family in families)
        {
            string familyName = PrometheusNaming.FamilyName(family.Name, family.Kind);
            builder.Append("# TYPE ").Append(familyName).Append(' ').Append(TypeName(family.Kind)).Append('\n');
            if (PrometheusNaming.Unit(familyName) is string unit)
            {
                builder.Append("# UNIT ").Append(familyName).Append(' ').Append(unit).Append('\n');
            }

            builder.Append("# HELP ").Append(familyName).Append(' ');
            ExpositionText.AppendHelp(builder, family.Help, openMetrics: true);
            builder.Append('\n');
            SampleLines.Append(builder, family);
        }

        builder.Append("# EOF\n");
        return builder.ToString();
    }

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
