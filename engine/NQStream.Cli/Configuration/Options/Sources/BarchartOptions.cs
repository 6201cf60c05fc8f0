using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>The Barchart source (<c>sources.barchart</c>).</summary>
public sealed class BarchartOptions : IToggleableOptions, IOptionsRules
{
    /// <summary>Whether the source is used.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>API or saved data, or both with fallback.</summary>
    public BarchartMode Mode { get; init; } = BarchartMode.Hybrid;

    /// <summary>API key, normally <c>${BARCHART_API_KEY}</c>; optional unless <c>mode</c> is <c>api</c>.</summary>
    [Secret]
    public string? ApiKey { get; init; }

    /// <summary>Folder of saved options-chain JSON files used as fallback.</summary>
    [Required]
    public string SavedDataPath { get; init; } = "data/barchart";

    /// <summary>Minimum time between two API requests (rate limit).</summary>
    [DurationRange("0s", "1h")]
    public TimeSpan MinRequestInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (Mode == BarchartMode.Api && string.IsNullOrWhiteSpace(ApiKey))
        {
            violations.Add(new("api_key", "missing required key when mode is api", "string, e.g. ${BARCHART_API_KEY}"));
        }
    }
}
