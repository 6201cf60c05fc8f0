using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Aggressor event builder (§2.4, <c>operators.aggressor</c>).</summary>
public sealed class AggressorOptions
{
    /// <summary>Passive order ids kept per event.</summary>
    [Range(0, 1024)]
    public int MaxPassiveIds { get; init; } = 64;
}
