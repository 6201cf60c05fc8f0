using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Black-76 pricing, greeks and implied volatility (§3, <c>operators.black76</c>).</summary>
public sealed class Black76Options
{
    /// <summary>Continuously compounded risk-free rate r (set daily from a USD overnight rate).</summary>
    [Range(-0.1, 1.0)]
    public double RiskFreeRate { get; init; } = 0.045;

    /// <summary>Floor on time to expiry for greeks only.</summary>
    [DurationRange("0s", "1d")]
    public TimeSpan TMinGreeks { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Volatility bracket of the IV solver.</summary>
    public IvBracketOptions IvBracket { get; init; } = new();

    /// <summary>IV solver tolerance in points of option price.</summary>
    [Range(0.0, 0.01, MinimumIsExclusive = true)]
    public double IvTolerance { get; init; } = 1e-10;

    /// <summary>IV solver iteration limit.</summary>
    [Range(1, 10000)]
    public int IvMaxIter { get; init; } = 100;

    /// <summary>Widest quote (in ticks) whose mid is used for IV; the larger of this and the fraction applies.</summary>
    [Range(0, 1000)]
    public int IvMaxSpreadTicks { get; init; } = 3;

    /// <summary>Widest quote as a fraction of its mid used for IV.</summary>
    [Range(0.0, 1.0)]
    public double IvMaxSpreadFraction { get; init; } = 0.10;

    /// <summary>Oldest last trade whose price is used for IV when no valid mid exists (§3: "last trade ≤ 60 s old").</summary>
    [DurationRange("0s", "1d")]
    public TimeSpan IvMaxLastAge { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Oldest IV still used when a new one cannot be solved.</summary>
    [DurationRange("0s", "1d")]
    public TimeSpan IvMaxAge { get; init; } = TimeSpan.FromMinutes(15);
}
