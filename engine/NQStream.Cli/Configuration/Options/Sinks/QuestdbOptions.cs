using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Sinks;

/// <summary>The QuestDB ILP sink (<c>sinks.questdb</c>; docs/ops.md §1.9).</summary>
public sealed class QuestdbOptions : IToggleableOptions
{
    /// <summary>Whether rows are sent to QuestDB.</summary>
    public bool Enabled { get; init; }

    /// <summary>ILP client configuration string, <c>schema::key=value;…</c>; password and token are never printed.</summary>
    [Required]
    [RegularExpression("^(http|https|tcp|tcps)::([a-z0-9_]+=([^;]|;;)*;)*([a-z0-9_]+=([^;]|;;)*)?$",
        ErrorMessage = "ILP configuration string such as http::addr=localhost:9000;")]
    [SecretKeys("password", "token")]
    public string Config { get; init; } = "http::addr=localhost:9000;auto_flush_rows=75000;auto_flush_interval=1000;";
}
