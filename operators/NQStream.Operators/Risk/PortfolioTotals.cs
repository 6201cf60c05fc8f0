namespace NQStream.Operators.Risk;

/// <summary>Portfolio totals per underlying and overall (algorithms.md §7.1); unpriced options are excluded and counted.</summary>
public static class PortfolioTotals
{
    /// <summary>Computes every position's risk and the totals.</summary>
    public static PortfolioRisk Compute(IReadOnlyList<PositionInput> positions, double multiplier)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var risks = new List<PositionRisk>(positions.Count);
        int unpriced = 0;
        foreach (var position in positions)
        {
            if (PositionExposure.Compute(position, multiplier) is PositionRisk risk)
            {
                risks.Add(risk);
            }
            else
            {
                unpriced++;
            }
        }

        var perUnderlying = risks
            .GroupBy(r => r.Underlying, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Sum(g.Key, g))
            .ToList();
        return new PortfolioRisk(risks, perUnderlying, Sum("*", risks), unpriced);
    }

    private static ExposureTotals Sum(string underlying, IEnumerable<PositionRisk> risks)
    {
        double net = 0, gross = 0, netN = 0, grossN = 0, gamma = 0, vega = 0, theta = 0, stop = 0;
        foreach (var r in risks)
        {
            net += r.Exposure;
            gross += Math.Abs(r.Exposure);
            netN += r.Notional;
            grossN += Math.Abs(r.Notional);
            gamma += r.DollarGamma;
            vega += r.DollarVega;
            theta += r.ThetaPerDay;
            stop += r.StopRisk;
        }

        return new ExposureTotals(underlying, net, gross, netN, grossN, gamma, vega, theta, stop);
    }
}
