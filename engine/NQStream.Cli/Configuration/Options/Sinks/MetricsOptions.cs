using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sinks;

/// <summary>The Prometheus <c>/metrics</c> endpoint (<c>sinks.metrics</c>; docs/ops.md §5, scraped at 127.0.0.1:5000).</summary>
public sealed class MetricsOptions : IToggleableOptions
{
    /// <summary>Whether the endpoint is served.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Address the endpoint listens on.</summary>
    [Required]
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port of the endpoint.</summary>
    [Range(1, 65535)]
    public int Port { get; init; } = 5000;
}
