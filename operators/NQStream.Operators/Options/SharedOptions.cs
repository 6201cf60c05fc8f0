using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Edge-case policy shared by all operators (§0.3, <c>operators.shared</c>).</summary>
public sealed class SharedOptions
{
    /// <summary>A mid older than this counts as missing.</summary>
    [DurationRange("1ms", "1h")]
    public TimeSpan MaxMidAge { get; init; } = TimeSpan.FromSeconds(5);
}
