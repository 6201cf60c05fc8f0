using NQStream.Operators.Options;

namespace NQStream.Operators.Signals;

/// <summary>Stable wire names of the signal enums (upper snake case, as written in docs/algorithms.md).</summary>
public static class SignalNames
{
    /// <summary>Name of a signal kind (<c>VOLUME_SHOCK</c>, <c>SWEEP</c>, …).</summary>
    public static string Of(SignalKind kind) => kind switch
    {
        SignalKind.VolumeShock => "VOLUME_SHOCK",
        SignalKind.Sweep => "SWEEP",
        SignalKind.Block => "BLOCK",
        SignalKind.Iceberg => "ICEBERG",
        SignalKind.Emergency => "EMERGENCY",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown signal kind"),
    };

    /// <summary>Name of a direction (<c>BULLISH</c>, <c>BEARISH</c>, <c>NEUTRAL</c>).</summary>
    public static string Of(SignalDirection direction) => direction switch
    {
        SignalDirection.Bullish => "BULLISH",
        SignalDirection.Bearish => "BEARISH",
        SignalDirection.Neutral => "NEUTRAL",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "unknown direction"),
    };

    /// <summary>Name of a priority (<c>IMMEDIATE</c>, <c>HIGH</c>, <c>MEDIUM</c>, <c>LOW</c>).</summary>
    public static string Of(SignalPriority priority) => priority switch
    {
        SignalPriority.Immediate => "IMMEDIATE",
        SignalPriority.High => "HIGH",
        SignalPriority.Medium => "MEDIUM",
        SignalPriority.Low => "LOW",
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "unknown priority"),
    };

    /// <summary>Name of a ratio class (<c>NONE</c> … <c>EXTREME</c>).</summary>
    public static string Of(RatioClass ratioClass) => ratioClass switch
    {
        RatioClass.None => "NONE",
        RatioClass.Moderate => "MODERATE",
        RatioClass.High => "HIGH",
        RatioClass.VeryHigh => "VERY_HIGH",
        RatioClass.Extreme => "EXTREME",
        _ => throw new ArgumentOutOfRangeException(nameof(ratioClass), ratioClass, "unknown ratio class"),
    };
}
