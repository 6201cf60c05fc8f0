namespace NQStream.Operators.Risk;

/// <summary>
/// Call and put walls (algorithms.md §7.3): the call wall is the strike at or above F with the largest call open
/// interest (summed over the expiries in the profile), the put wall the strike at or below F with the largest put
/// open interest; ties go to the strike nearest F. With <see cref="WallBasis.Gex"/> the rank is |GEX| of that side.
/// </summary>
public static class Walls
{
    /// <summary>Computes both walls from a GEX profile's per-strike rows.</summary>
    public static WallLevels Compute(IReadOnlyList<StrikeGex> perStrike, double forward, WallBasis basis)
    {
        ArgumentNullException.ThrowIfNull(perStrike);
        return new WallLevels(Best(perStrike, forward, basis, call: true), Best(perStrike, forward, basis, call: false), basis);
    }

    private static double? Best(IReadOnlyList<StrikeGex> perStrike, double forward, WallBasis basis, bool call)
    {
        StrikeGex? best = null;
        double bestScore = 0.0;
        foreach (var row in perStrike)
        {
            if (call ? row.Strike < forward : row.Strike > forward)
            {
                continue;
            }

            double score = basis == WallBasis.Oi
                ? (call ? row.OiCall : row.OiPut)
                : Math.Abs((call ? row.CallGex : row.PutGex) ?? 0.0);
            if (!(score > 0.0))
            {
                continue;
            }

            // OI scores are whole numbers, so equality is exact; GEX ties are measure-zero and fall to the same rule.
            if (best is null || score > bestScore
                || (score == bestScore && Math.Abs(row.Strike - forward) < Math.Abs(best.Strike - forward)))
            {
                best = row;
                bestScore = score;
            }
        }

        return best?.Strike;
    }
}
