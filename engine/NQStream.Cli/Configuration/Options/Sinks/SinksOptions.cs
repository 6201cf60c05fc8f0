namespace NQStream.Cli.Configuration.Options.Sinks;

/// <summary>Outputs (<c>sinks</c>).</summary>
public sealed class SinksOptions
{
    /// <summary>Embedded SQLite store.</summary>
    public StoreOptions Store { get; init; } = new();

    /// <summary>QuestDB over ILP.</summary>
    public QuestdbOptions Questdb { get; init; } = new();

    /// <summary>Prometheus endpoint.</summary>
    public MetricsOptions Metrics { get; init; } = new();
}
