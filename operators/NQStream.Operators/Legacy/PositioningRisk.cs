using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Operators.Legacy;

/// <summary>
/// The earlier system's positioning risk (algorithms.md §10), reading the right fields: for every out-of-the-money
/// option (calls with K &gt; S, puts with K &lt; S) the premium at risk is OI × price × M, with price = the mid of a
/// two-sided quote, else the last price (trade or settlement). Totals per side, their ratio and bias; zones ranked
/// by risk × a distance weight (3 within 10 pts, 2 within 25, 1 within 50, 0.5 beyond).
/// </summary>
/// <remarks>
/// Fixed against the original: S is the option's own underlying given explicitly (the original fell back to the
/// mean strike or a hard-coded 21,376.75); no risk on either side gives BALANCED with a null ratio (the original's
/// ratio 0 read as DOWNWARD); put risk 0 with call risk gives UPWARD with a null ratio instead of ∞.
/// </remarks>
public static class PositioningRisk
{
    /// <summary>Evaluates a snapshot (every expiry in it) at underlying price <paramref name="underlying"/>.</summary>
    public static PositioningRiskResult Evaluate(ChainSnapshot snapshot, double underlying, PositioningRiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        if (!(underlying > 0.0 && double.IsFinite(underlying)))
        {
            throw new ArgumentOutOfRangeException(nameof(underlying), $"underlying price must be finite and > 0 (got {underlying})");
        }

        var zones = new List<RiskZone>();
        double callRisk = 0.0, putRisk = 0.0;
        foreach (var q in snapshot.Quotes)
        {
            bool otm = q.Type == OptionType.Call ? q.Strike > underlying : q.Strike < underlying;
            if (!otm || q.OpenInterest is not long oi || oi <= 0 || Price(q) is not double price || !(price > 0.0))
            {
                continue;
            }

            double risk = oi * price * settings.Multiplier;
            double distance = Math.Abs(q.Strike - underlying);
            var band = BandOf(distance, settings);
            zones.Add(new RiskZone(q.Strike, q.Type, oi, price, risk, distance, band, risk * WeightOf(band, settings)));
            if (q.Type == OptionType.Call)
            {
                callRisk += risk;
            }
            else
            {
                putRisk += risk;
            }
        }

        zones.Sort(static (a, b) =>
        {
            int c = b.DangerScore.CompareTo(a.DangerScore);
            if (c == 0)
            {
                c = a.DistancePts.CompareTo(b.DistancePts);
            }

            return c != 0 ? c : a.Strike.CompareTo(b.Strike);
        });

        double? ratio = putRisk > 0.0 ? callRisk / putRisk : null;
        var bias = ratio switch
        {
            double r when r > settings.UpwardRatio => RiskBias.Upward,
            double r when r < settings.DownwardRatio => RiskBias.Downward,
            null when callRisk > 0.0 => RiskBias.Upward,
            _ => RiskBias.Balanced,
        };
        int count = zones.Count;
        var top = zones.Take(Math.Max(0, settings.TopZones)).ToList();
        return new PositioningRiskResult(underlying, callRisk, putRisk, ratio, bias, callRisk + putRisk, top, count);
    }

    /// <summary>The band of a distance in points.</summary>
    public static RiskBand BandOf(double distancePts, PositioningRiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return distancePts <= settings.ImmediatePts ? RiskBand.Immediate
            : distancePts <= settings.NearTermPts ? RiskBand.NearTerm
            : distancePts <= settings.MediumTermPts ? RiskBand.MediumTerm
            : RiskBand.Distant;
    }

    private static double WeightOf(RiskBand band, PositioningRiskSettings s) => band switch
    {
        RiskBand.Immediate => s.ImmediateWeight,
        RiskBand.NearTerm => s.NearTermWeight,
        RiskBand.MediumTerm => s.MediumTermWeight,
        _ => s.DistantWeight,
    };

    // The option's mark: mid of a two-sided quote, else its last price (trade or settlement).
    private static double? Price(in OptionQuote q) =>
        q.Bid is double bid && q.Ask is double ask && bid > 0.0 && ask >= bid ? 0.5 * (bid + ask) : q.Last;
}
