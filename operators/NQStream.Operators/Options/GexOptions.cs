using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Gamma exposure and the zero-gamma level (§7.2, <c>operators.gex</c>).</summary>
public sealed class GexOptions : IOptionsRules
{
    /// <summary>Dealer position assumption; shared by battle zones.</summary>
    public DealerAssumption DealerAssumption { get; init; } = DealerAssumption.LongCallsShortPuts;

    /// <summary>Dealer call sign g_c when dealer_assumption is custom.</summary>
    [Range(-1, 1)]
    public int CustomCallSign { get; init; } = 1;

    /// <summary>Dealer put sign g_p when dealer_assumption is custom.</summary>
    [Range(-1, 1)]
    public int CustomPutSign { get; init; } = -1;

    /// <summary>Expiries summed.</summary>
    public ExpiryFilter ExpiryFilter { get; init; } = ExpiryFilter.AllLive;

    /// <summary>Zero-gamma grid step as a fraction of F.</summary>
    [Range(0.0, 0.1, MinimumIsExclusive = true)]
    public double GridStep { get; init; } = 0.0025;

    /// <summary>Zero-gamma grid half-width as a fraction of F.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double GridSpan { get; init; } = 0.10;

    /// <summary>Recompute period (also on every OI load).</summary>
    [DurationRange("1s", "1d")]
    public TimeSpan RecomputeInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (GridStep >= GridSpan)
        {
            violations.Add(new("grid_step", RuleText.Got(GridStep) + ", not below grid_span " + RuleText.Num(GridSpan), "grid_step < grid_span"));
        }
    }
}
