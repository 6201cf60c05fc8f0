namespace NQStream.Sinks.Metrics;

/// <summary>A snapshot of one metric family, ready to be written in either exposition format.</summary>
/// <param name="Name">Sample name: a counter's ends in <c>_total</c>; a histogram's is the base name.</param>
/// <param name="Kind">Exposition type.</param>
/// <param name="Help">Help text (unescaped).</param>
/// <param name="Bounds">Histogram upper bounds, ascending, without +Inf; empty for other kinds.</param>
/// <param name="Series">The labelled series.</param>
public sealed record MetricFamily(
    string Name,
    MetricKind Kind,
    string Help,
    IReadOnlyList<double> Bounds,
    IReadOnlyList<SeriesSnapshot> Series);
