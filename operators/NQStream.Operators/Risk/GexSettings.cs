using NQStream.Market.Chain;

namespace NQStream.Operators.Risk;

/// <summary>Parameters of GEX and the zero-gamma search (algorithms.md §7.2, §3); the CLI fills them from configuration.</summary>
public sealed record GexSettings
{
    /// <summary>Dealer position assumption (default long calls, short puts).</summary>
    public DealerSigns Signs { get; init; } = DealerSigns.LongCallsShortPuts;

    /// <summary>Zero-gamma grid step as a fraction of F (0.25 %).</summary>
    public double GridStep { get; init; } = 0.0025;

    /// <summary>Zero-gamma grid half-width as a fraction of F (±10 %).</summary>
    public double GridSpan { get; init; } = 0.10;

    /// <summary>Contract multiplier M ($ per point).</summary>
    public double Multiplier { get; init; } = NqContract.Multiplier;

    /// <summary>Risk-free rate r for discounting.</summary>
    public double RiskFreeRate { get; init; } = 0.045;

    /// <summary>Floor on T for greeks (t_min_greeks, 60 s) in years.</summary>
    public double MinGreeksYears { get; init; } = 60.0 / (365.0 * 86_400.0);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (!(GridStep > 0.0 && GridSpan > GridStep && GridSpan < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(GridStep), $"gex grid: need 0 < grid_step < grid_span < 1 (got {GridStep}, {GridSpan})");
        }

        if (!(Multiplier > 0.0) || !double.IsFinite(RiskFreeRate) || !(MinGreeksYears >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(Multiplier), "gex: multiplier must be > 0, rate finite, t_min_greeks >= 0");
        }
    }
}
