using System.Diagnostics.Metrics;

namespace NQStream.Core.Metrics;

/// <summary>The meter shared by NQStream.Core components that count events as they happen (late events, sink drops).</summary>
public static class CoreMeter
{
    /// <summary>The meter name every NQStream.Core instrument uses.</summary>
    public const string Name = "NQStream.Core";

    /// <summary>The shared meter.</summary>
    public static Meter Meter { get; } = new(Name);
}
