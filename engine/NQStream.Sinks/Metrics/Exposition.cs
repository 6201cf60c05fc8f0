using System.Globalization;

namespace NQStream.Sinks.Metrics;

/// <summary>Chooses the format from an Accept header and renders a snapshot in it.</summary>
public static class Exposition
{
    /// <summary>
    /// OpenMetrics when the Accept header offers <c>application/openmetrics-text</c> with a non-zero
    /// quality (as Prometheus 2.42 does), otherwise text 0.0.4.
    /// </summary>
    public static ExpositionFormat Negotiate(string? accept)
    {
        if (string.IsNullOrEmpty(accept))
        {
            return ExpositionFormat.Text004;
        }

        foreach (string range in accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = range.Split(';', StringSplitOptions.TrimEntries);
            if (!parts[0].Equals("application/openmetrics-text", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            bool refused = false;
            for (int i = 1; i < parts.Length; i++)
            {
                if (parts[i].StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parts[i].AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out double q)
                    && q <= 0)
                {
                    refused = true;
                }
            }

            if (!refused)
            {
                return ExpositionFormat.OpenMetrics;
            }
        }

        return ExpositionFormat.Text004;
    }

    /// <summary>The Content-Type header of a format.</summary>
    public static string ContentType(ExpositionFormat format) =>
        format == ExpositionFormat.OpenMetrics ? OpenMetricsTextWriter.ContentType : PrometheusTextWriter.ContentType;

    /// <summary>Renders families in a format.</summary>
    public static string Render(IReadOnlyList<MetricFamily> families, ExpositionFormat format) =>
        format == ExpositionFormat.OpenMetrics ? OpenMetricsTextWriter.Write(families) : PrometheusTextWriter.Write(families);
}
