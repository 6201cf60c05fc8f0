using NQStream.Market.Pricing;
using NQStream.Operators.Options;

namespace NQStream.Operators.Risk;

/// <summary>The chain-level operators' settings from a configuration profile: one mapping for the pipeline and <c>chain analyze</c>.</summary>
public static class RiskSettingsOf
{
    /// <summary>The dealer-position assumption of <c>operators.gex</c> (§7.2).</summary>
    public static DealerSigns Signs(GexOptions gex)
    {
        ArgumentNullException.ThrowIfNull(gex);
        return gex.DealerAssumption switch
        {
            DealerAssumption.ShortCallsShortPuts => DealerSigns.ShortCallsShortPuts,
            DealerAssumption.Custom => DealerSigns.Custom(gex.CustomCallSign, gex.CustomPutSign),
            _ => DealerSigns.LongCallsShortPuts,
        };
    }

    /// <summary>GEX settings of <c>operators.gex</c> and <c>operators.black76</c>.</summary>
    public static GexSettings Gex(GexOptions gex, Black76Options black76)
    {
        ArgumentNullException.ThrowIfNull(gex);
        ArgumentNullException.ThrowIfNull(black76);
        return new GexSettings
        {
            Signs = Signs(gex),
            GridStep = gex.GridStep,
            GridSpan = gex.GridSpan,
            RiskFreeRate = black76.RiskFreeRate,
            MinGreeksYears = TimeToExpiry.FromSeconds(black76.TMinGreeks.TotalSeconds),
        };
    }

    /// <summary>Battle-zone settings of <c>operators.battle_zones</c> (§7.4).</summary>
    public static BattleZoneSettings Zones(BattleZonesOptions zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        return new BattleZoneSettings
        {
            Band = zones.Band,
            OiTopFraction = zones.OiTopFraction,
            FlowPercentile = zones.FlowPercentile,
            FlowMinFe = zones.FlowMinFe,
            MergeGapPts = zones.MergeGapPts,
        };
    }

    /// <summary>What the walls rank (<c>operators.walls.wall_basis</c>, §7.3).</summary>
    public static WallBasis Basis(WallsOptions walls)
    {
        ArgumentNullException.ThrowIfNull(walls);
        return walls.WallBasis == Options.WallBasis.Gex ? WallBasis.Gex : WallBasis.Oi;
    }

    /// <summary>Positioning-bias settings (§7.5): <c>operators.bias</c>, with the §5.1 institutional size of <c>operators.size_filter</c>.</summary>
    public static BiasSettings Bias(BiasOptions bias, SizeFilterOptions size)
    {
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(size);
        return new BiasSettings
        {
            LabelThreshold = bias.LabelThreshold,
            RollingWindowNs = bias.RollingWindow.Ticks * TimeSpan.NanosecondsPerTick,
            MinPremiumUsd = size.MinPremiumUsd,
        };
    }
}
