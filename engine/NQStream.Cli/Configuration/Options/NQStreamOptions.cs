using NQStream.Cli.Configuration.Options.Budget;
using NQStream.Cli.Configuration.Options.Engine;
using NQStream.Operators.Options;
using NQStream.Cli.Configuration.Options.Sinks;
using NQStream.Cli.Configuration.Options.Sources;

namespace NQStream.Cli.Configuration.Options;

/// <summary>
/// The whole NQStream configuration: the file's base section with one profile's overrides merged in and
/// every <c>${ENV_VAR}</c> resolved. Keys in the file are the snake_case forms of these property names.
/// </summary>
public sealed class NQStreamOptions
{
    /// <summary>Market-data sources and the failover registry (<c>sources</c>).</summary>
    public SourcesOptions Sources { get; init; } = new();

    /// <summary>Ring, wait strategy, event time and error policy (<c>engine</c>).</summary>
    public EngineOptions Engine { get; init; } = new();

    /// <summary>Every operator parameter of docs/algorithms.md §9 (<c>operators</c>).</summary>
    public OperatorsOptions Operators { get; init; } = new();

    /// <summary>Embedded store, QuestDB and the metrics endpoint (<c>sinks</c>).</summary>
    public SinksOptions Sinks { get; init; } = new();

    /// <summary>Data-cost limits and the automatic shut-off (<c>budget</c>).</summary>
    public BudgetOptions Budget { get; init; } = new();
}
