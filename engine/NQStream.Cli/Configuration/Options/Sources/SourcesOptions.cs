using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>Market-data sources (<c>sources</c>).</summary>
public sealed class SourcesOptions : IOptionsRules
{
    /// <summary>Databento live gateway / DBN.</summary>
    public DatabentoOptions Databento { get; init; } = new();

    /// <summary>Barchart chains with saved-data fallback.</summary>
    public BarchartOptions Barchart { get; init; } = new();

    /// <summary>Failover order and health checks.</summary>
    public RegistryOptions Registry { get; init; } = new();

    /// <summary>Whether the given source is enabled.</summary>
    public bool IsEnabled(SourceKind source) => source switch
    {
        SourceKind.Databento => Databento.Enabled,
        SourceKind.Barchart => Barchart.Enabled,
        _ => false,
    };

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        foreach (var source in Registry.FailoverOrder)
        {
            if (IsEnabled(source))
            {
                return;
            }
        }

        violations.Add(new("registry.failover_order", "no enabled source in the failover order", "at least one source whose enabled is true"));
    }
}
