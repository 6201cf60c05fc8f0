namespace NQStream.Sinks.Metrics;

/// <summary>The two exposition formats and the content negotiation between them.</summary>
public enum ExpositionFormat
{
    /// <summary>Prometheus text format 0.0.4.</summary>
    Text004,

    /// <summary>OpenMetrics 1.0.</summary>
    OpenMetrics,
}
