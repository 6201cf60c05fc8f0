using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>The sources registry: which source is primary and how failures are detected (<c>sources.registry</c>).</summary>
public sealed class RegistryOptions : IOptionsRules
{
    /// <summary>Sources in order of preference; the first healthy enabled one is used.</summary>
    [MinLength(1)]
    public IReadOnlyList<SourceKind> FailoverOrder { get; init; } = [SourceKind.Databento, SourceKind.Barchart];

    /// <summary>How often each source's health is checked.</summary>
    [DurationRange("100ms", "1h")]
    public TimeSpan HealthCheckInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Consecutive failed checks after which a source is marked down and the next one takes over.</summary>
    [Range(1, 100)]
    public int MaxConsecutiveFailures { get; init; } = 3;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var seen = new HashSet<SourceKind>();
        foreach (var source in FailoverOrder)
        {
            if (!seen.Add(source))
            {
                violations.Add(new("failover_order", $"source '{SnakeCase.From(source.ToString())}' listed twice", "each source at most once"));
            }
        }
    }
}
