using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sinks;

/// <summary>The embedded SQLite store (<c>sinks.store</c>).</summary>
public sealed class StoreOptions : IToggleableOptions
{
    /// <summary>Whether signals and decisions are written to the store.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Database file path (relative paths are relative to the working directory).</summary>
    [Required]
    public string Path { get; init; } = "data/nqstream.db";
}
