namespace NQStream.Sinks.Metrics;

/// <summary>Where the metrics host listens.</summary>
public sealed class MetricsHostOptions
{
    /// <summary>Address: an IP literal, <c>localhost</c>, or <c>0.0.0.0</c>/<c>*</c> for every interface.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free port (see <see cref="MetricsHost.Port"/>).</summary>
    public int Port { get; init; } = 5000;
}
