using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>The Databento source (<c>sources.databento</c>).</summary>
public sealed class DatabentoOptions : IToggleableOptions
{
    /// <summary>Whether the source is used.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>API key, normally <c>${DATABENTO_API_KEY}</c>; never printed.</summary>
    [Required]
    [Secret]
    public string? ApiKey { get; init; }

    /// <summary>Dataset code.</summary>
    [Required]
    [RegularExpression("^[A-Z0-9]+\\.[A-Z0-9]+$", ErrorMessage = "dataset code such as GLBX.MDP3")]
    public string Dataset { get; init; } = "GLBX.MDP3";

    /// <summary>Live gateway address.</summary>
    public GatewayOptions Gateway { get; init; } = new();

    /// <summary>Schemas subscribed to.</summary>
    [MinLength(1)]
    public IReadOnlyList<DatabentoSchema> Schemas { get; init; } =
        [DatabentoSchema.Mbo, DatabentoSchema.Definition, DatabentoSchema.Statistics];

    /// <summary>Input symbology of <see cref="Symbols"/>.</summary>
    public SymbolType StypeIn { get; init; } = SymbolType.Parent;

    /// <summary>Symbols subscribed to: NQ futures and NQ options by parent symbol.</summary>
    [MinLength(1)]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9. ]*$", ErrorMessage = "symbol such as NQ.FUT")]
    public IReadOnlyList<string> Symbols { get; init; } = ["NQ.FUT", "NQ.OPT"];
}
