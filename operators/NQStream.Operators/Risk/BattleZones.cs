using System.Globalization;

namespace NQStream.Operators.Risk;

/// <summary>
/// Battle zones (algorithms.md §7.4): strikes within the band around F where open interest is concentrated (call
/// and put OI both in the top decile of their side, or |GEX| in the top decile) and today's aggressor flow is
/// heavy (|FE| ≥ max(flow_min_fe, 80th percentile of |FE| over the band)); adjacent qualifying strikes merge.
/// </summary>
/// <remarks>
/// "Top decile" of n values: the ⌈fraction·n⌉ largest (ties with the cut-off included). Percentiles interpolate
/// linearly between order statistics (Hyndman–Fan type 7). Fewer than ⌈1/fraction⌉ strikes with OI (10 by default)
/// leave the deciles undefined, and then there are no zones.
/// </remarks>
public static class BattleZones
{
    /// <summary>The zones of one underlying, ordered by strike.</summary>
    public static IReadOnlyList<BattleZone> Compute(IReadOnlyList<BattleZoneInput> strikes, double forward, BattleZoneSettings settings)
    {
        ArgumentNullException.ThrowIfNull(strikes);
        ArgumentNullException.ThrowIfNull(settings);
        if (!(forward > 0.0 && double.IsFinite(forward)))
        {
            return [];
        }

        var withOi = strikes.Where(s => s.OiCall + s.OiPut > 0).ToList();
        if (withOi.Count < (int)Math.Ceiling(1.0 / settings.OiTopFraction))
        {
            return [];
        }

        double callCut = TopCut(withOi.Where(s => s.OiCall > 0).Select(s => (double)s.OiCall), settings.OiTopFraction);
        double putCut = TopCut(withOi.Where(s => s.OiPut > 0).Select(s => (double)s.OiPut), settings.OiTopFraction);
        double gexCut = TopCut(strikes.Where(s => s.Gex is double g && g != 0.0).Select(s => Math.Abs(s.Gex!.Value)), settings.OiTopFraction);

        var band = strikes.Where(s => Math.Abs(s.Strike - forward) / forward <= settings.Band).OrderBy(s => s.Strike).ToList();
        double flowCut = Math.Max(settings.FlowMinFe, Percentile(band.Select(s => Math.Abs(s.FeToday)), settings.FlowPercentile));
        var qualifying = band.Where(s =>
            ((s.OiCall > 0 && s.OiCall >= callCut && s.OiPut > 0 && s.OiPut >= putCut) || (s.Gex is double g && g != 0.0 && Math.Abs(g) >= gexCut))
            && Math.Abs(s.FeToday) >= flowCut).ToList();

        var zones = new List<List<BattleZoneInput>>();
        foreach (var s in qualifying)
        {
            if (zones.Count > 0 && s.Strike - zones[^1][^1].Strike <= settings.MergeGapPts)
            {
                zones[^1].Add(s);
            }
            else
            {
                zones.Add([s]);
            }
        }

        double maxProduct = zones.Count == 0 ? 0.0 : zones.Max(z => Math.Abs(z.Sum(s => s.FeToday)) * Math.Abs(z.Sum(s => s.Gex ?? 0.0)));
        return zones.Select(z => Build(z, forward, maxProduct)).ToList();
    }

    /// <summary>The smallest value among the top ⌈fraction·n⌉; +∞ when there are no values.</summary>
    internal static double TopCut(IEnumerable<double> values, double fraction)
    {
        var sorted = values.OrderByDescending(v => v).ToList();
        if (sorted.Count == 0)
        {
            return double.PositiveInfinity;
        }

        int take = Math.Max(1, (int)Math.Ceiling((fraction * sorted.Count) - 1e-9));
        return sorted[Math.Min(take, sorted.Count) - 1];
    }

    /// <summary>Type-7 percentile (linear between order statistics); 0 for no values.</summary>
    internal static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return 0.0;
        }

        double h = (sorted.Count - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static BattleZone Build(List<BattleZoneInput> strikes, double forward, double maxProduct)
    {
        long oiC = strikes.Sum(s => s.OiCall), oiP = strikes.Sum(s => s.OiPut);
        double g = strikes.Sum(s => s.Gex ?? 0.0), fe = strikes.Sum(s => s.FeToday);
        long oi = oiC + oiP;
        double centre = oi > 0 ? strikes.Sum(s => s.Strike * (s.OiCall + s.OiPut)) / oi : strikes.Average(s => s.Strike);
        int where = Math.Abs(centre - forward) < 1e-9 ? 0 : Math.Sign(centre - forward);
        int h = -Math.Sign(g) * where;
        double kLow = strikes[0].Strike, kHigh = strikes[^1].Strike;
        return new BattleZone(
            string.Create(CultureInfo.InvariantCulture, $"{kLow}-{kHigh}"),
            kLow,
            kHigh,
            centre,
            oiC,
            oiP,
            g,
            fe,
            g < 0.0 ? ZoneRole.Accelerating : ZoneRole.Damping,
            where > 0 ? ZoneSide.Above : where < 0 ? ZoneSide.Below : ZoneSide.AtMoney,
            h,
            h != 0 && Math.Sign(fe) == -h,
            maxProduct > 0.0 ? Math.Abs(fe) * Math.Abs(g) / maxProduct : 0.0);
    }
}
