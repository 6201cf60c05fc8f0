namespace NQStream.Market.Pricing;

/// <summary>
/// Per-lot dollar figures of a <see cref="Greeks"/> record (docs/algorithms.md §3): premium·M, Δ·M ($ per point),
/// Γ·M·F²·0.01 ($ of delta per 1 % move of F) and vega·M/100 ($ per vol point). M is the contract multiplier
/// ($20 per point for NQ futures and options), passed in because every numeric default is configuration.
/// </summary>
public readonly struct DollarGreeks
{
    private DollarGreeks(double premium, double deltaPerPoint, double gammaPerPercent, double vegaPerVolPoint)
    {
        Premium = premium;
        DeltaPerPoint = deltaPerPoint;
        GammaPerPercent = gammaPerPercent;
        VegaPerVolPoint = vegaPerVolPoint;
    }

    /// <summary>Premium of one lot in dollars: price·M.</summary>
    public double Premium { get; }

    /// <summary>Dollar delta of one lot per index point: Δ·M.</summary>
    public double DeltaPerPoint { get; }

    /// <summary>Dollar gamma of one lot per 1 % move of F: Γ·M·F²·0.01.</summary>
    public double GammaPerPercent { get; }

    /// <summary>Dollar vega of one lot per volatility point: vega·M/100.</summary>
    public double VegaPerVolPoint { get; }

    /// <summary>Scales <paramref name="greeks"/> computed at futures price <paramref name="forward"/> by the multiplier.</summary>
    public static DollarGreeks From(in Greeks greeks, double forward, double multiplier) => new(
        greeks.Price * multiplier,
        greeks.Delta * multiplier,
        greeks.Gamma * multiplier * forward * forward * 0.01,
        greeks.Vega * multiplier / 100.0);
}
