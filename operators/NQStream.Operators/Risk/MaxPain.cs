using NQStream.Market.Chain;

namespace NQStream.Operators.Risk;

/// <summary>
/// Max pain per expiry (algorithms.md §7.3): MP = argmin over listed strikes X of
/// Σ_K [OI_c,K·max(X − K, 0) + OI_p,K·max(K − X, 0)]; ties → nearest to F; pain in $ = × M. Sums are exact:
/// strikes stay in fixed point and the products accumulate in 128-bit integers.
/// </summary>
public static class MaxPain
{
    /// <summary>One level per expiry of the snapshot (expiries without any open interest are left out).</summary>
    public static IReadOnlyList<MaxPainLevel> Compute(ChainSnapshot snapshot, double forward, double multiplier)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var levels = new List<MaxPainLevel>();
        var rows = snapshot.Rows;
        int start = 0;
        while (start < rows.Count)
        {
            int end = start;
            while (end < rows.Count && rows[end].ExpirationNs == rows[start].ExpirationNs)
            {
                end++;
            }

            if (ForExpiry(rows, start, end, forward, multiplier) is MaxPainLevel level)
            {
                levels.Add(level);
            }

            start = end;
        }

        return levels;
    }

    /// <summary>Total payout in point·contracts if the underlying settles at <paramref name="settleRaw"/> (fixed point).</summary>
    internal static Int128 PainRaw(IReadOnlyList<StrikeRow> rows, int start, int end, long settleRaw)
    {
        Int128 pain = 0;
        for (int i = start; i < end; i++)
        {
            long k = rows[i].StrikeRaw;
            if (settleRaw > k)
            {
                pain += (Int128)rows[i].CallOi * (settleRaw - k);
            }
            else if (k > settleRaw)
            {
                pain += (Int128)rows[i].PutOi * (k - settleRaw);
            }
        }

        return pain;
    }

    private static MaxPainLevel? ForExpiry(IReadOnlyList<StrikeRow> rows, int start, int end, double forward, double multiplier)
    {
        long totalOi = 0;
        for (int i = start; i < end; i++)
        {
            totalOi += rows[i].CallOi + rows[i].PutOi;
        }

        if (totalOi == 0)
        {
            return null;
        }

        int best = -1;
        Int128 bestPain = 0;
        for (int i = start; i < end; i++)
        {
            Int128 pain = PainRaw(rows, start, end, rows[i].StrikeRaw);
            if (best < 0 || pain < bestPain
                || (pain == bestPain && Math.Abs(rows[i].Strike - forward) < Math.Abs(rows[best].Strike - forward)))
            {
                best = i;
                bestPain = pain;
            }
        }

        double points = (double)bestPain / Market.Dbn.DbnConstants.FixedPriceScale;
        return new MaxPainLevel(rows[best].ExpirationNs, rows[best].Strike, points, points * multiplier);
    }
}
