using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>
/// Dealer gamma exposure per strike, NetGEX and the zero-gamma level (algorithms.md §7.2):
/// GEX_K = M·F²·0.01·(g_c·Γ_c,K·OI_c,K + g_p·Γ_p,K·OI_p,K), summed over expiries; the zero-gamma level recomputes
/// NetGEX(X) with F → X (Γ at X, F² → X², IVs and OI held fixed: sticky strike) on X = F·(1 + step·j),
/// j = −span/step..span/step, and takes the sign change nearest to F, linearly interpolated.
/// </summary>
public static class GammaExposure
{
    /// <summary>Computes the profile from a snapshot and its per-row volatilities (<see cref="ChainVolatility.Solve"/>).</summary>
    public static GexProfile Compute(ChainSnapshot snapshot, IReadOnlyList<StrikeVolatility> vols, double forward, GexSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(vols);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var rows = snapshot.Rows;
        if (vols.Count != rows.Count)
        {
            throw new ArgumentException($"one volatility per strike row expected ({rows.Count}), got {vols.Count}", nameof(vols));
        }

        var terms = new List<GammaTerm>(rows.Count);
        var byStrike = new SortedDictionary<long, StrikeAccumulator>();
        int excluded = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!byStrike.TryGetValue(row.StrikeRaw, out var acc))
            {
                acc = new StrikeAccumulator();
                byStrike.Add(row.StrikeRaw, acc);
            }

            acc.OiCall += row.CallOi;
            acc.OiPut += row.PutOi;
            if (row.CallOi + row.PutOi == 0)
            {
                continue;
            }

            if (vols[i].Volatility is not double sigma || vols[i].Years is not double years)
            {
                excluded++;
                continue;
            }

            var term = new GammaTerm(row.Strike, Math.Max(years, settings.MinGreeksYears), sigma,
                settings.Signs.CallSign * (double)row.CallOi, settings.Signs.PutSign * (double)row.PutOi);
            if (Gamma(term, forward, settings.RiskFreeRate) is not double gamma)
            {
                excluded++;
                continue;
            }

            double factor = settings.Multiplier * forward * forward * 0.01 * gamma;
            acc.CallGex += factor * term.CallWeight;
            acc.PutGex += factor * term.PutWeight;
            acc.Priced = true;
            terms.Add(term);
        }

        var perStrike = new List<StrikeGex>(byStrike.Count);
        double net = 0.0;
        foreach (var (strikeRaw, acc) in byStrike)
        {
            bool priced = acc.Priced || acc.OiCall + acc.OiPut == 0;
            perStrike.Add(new StrikeGex(strikeRaw, OptionQuote.ToPoints(strikeRaw), acc.OiCall, acc.OiPut,
                priced ? acc.CallGex : null, priced ? acc.PutGex : null, priced ? acc.CallGex + acc.PutGex : null));
            net += acc.CallGex + acc.PutGex;
        }

        double? zero = ZeroGamma(terms, forward, settings);
        return new GexProfile(forward, settings.Signs, perStrike, net, zero, Math.Sign(net), excluded);
    }

    /// <summary>NetGEX with the futures price moved to <paramref name="x"/>, every IV and OI held fixed (sticky strike).</summary>
    internal static double NetGexAt(IReadOnlyList<GammaTerm> terms, double x, GexSettings settings)
    {
        double sum = 0.0;
        foreach (var term in terms)
        {
            if (Gamma(term, x, settings.RiskFreeRate) is double gamma)
            {
                sum += gamma * (term.CallWeight + term.PutWeight);
            }
        }

        return settings.Multiplier * x * x * 0.01 * sum;
    }

    private static double? ZeroGamma(List<GammaTerm> terms, double forward, GexSettings settings)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        int n = (int)Math.Round(settings.GridSpan / settings.GridStep);
        double? best = null;
        double previousX = forward * (1.0 - (settings.GridStep * n));
        double previous = NetGexAt(terms, previousX, settings);
        for (int j = -n + 1; j <= n; j++)
        {
            double x = forward * (1.0 + (settings.GridStep * j));
            double value = NetGexAt(terms, x, settings);
            double? root = null;
            if (previous == 0.0)
            {
                root = previousX;
            }
            else if ((previous < 0.0 && value > 0.0) || (previous > 0.0 && value < 0.0))
            {
                root = previousX + ((x - previousX) * previous / (previous - value));
            }
            else if (value == 0.0 && j == n)
            {
                root = x;
            }

            if (root is double r && (best is null || Math.Abs(r - forward) < Math.Abs(best.Value - forward)))
            {
                best = r;
            }

            previousX = x;
            previous = value;
        }

        return best;
    }

    private static double? Gamma(in GammaTerm term, double forward, double rate) =>
        Black76.TryCompute(forward, term.Strike, term.Years, rate, term.Sigma, OptionType.Call, out var greeks) == PricingInputError.None
            ? greeks.Gamma
            : null;

    private sealed class StrikeAccumulator
    {
        public long OiCall { get; set; }

        public long OiPut { get; set; }

        public double CallGex { get; set; }

        public double PutGex { get; set; }

        public bool Priced { get; set; }
    }
}
