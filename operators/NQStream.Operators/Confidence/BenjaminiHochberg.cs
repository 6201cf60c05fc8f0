namespace NQStream.Operators.Confidence;

/// <summary>
/// Benjamini–Hochberg (1995) FDR control over one family (§5.5: all instruments with v ≥ volume floor in the same
/// ToD bucket). Sort p ascending; k* = max{k : p(k) ≤ k·q/m}; ranks ≤ k* are significant;
/// q(i) = min over j ≥ i of min(1, m·p(j)/j). Ties in p keep input order (stable), so the result is deterministic.
/// With m = 1 it reduces to p ≤ q.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>Applies the procedure to one family.</summary>
    /// <param name="pValues">p-values in [0, 1], one per family member.</param>
    /// <param name="fdrQ">False discovery rate q (<c>ConfidenceOptions.FdrQ</c>).</param>
    /// <param name="qValues">Receives the adjusted value of each member (same index as <paramref name="pValues"/>).</param>
    /// <param name="significant">Receives whether each member is significant.</param>
    /// <returns>k*, the number of significant members.</returns>
    public static int Apply(ReadOnlySpan<double> pValues, double fdrQ, Span<double> qValues, Span<bool> significant) =>
        Apply(pValues, fdrQ, qValues, significant, new double[pValues.Length], new int[pValues.Length]);

    /// <summary>Applies the procedure to one family with caller-owned scratch space (no allocation).</summary>
    /// <param name="pValues">p-values in [0, 1], one per family member.</param>
    /// <param name="fdrQ">False discovery rate q (<c>ConfidenceOptions.FdrQ</c>).</param>
    /// <param name="qValues">Receives the adjusted value of each member (same index as <paramref name="pValues"/>).</param>
    /// <param name="significant">Receives whether each member is significant.</param>
    /// <param name="sortKeys">Scratch, at least the family size.</param>
    /// <param name="order">Scratch, at least the family size.</param>
    /// <returns>k*, the number of significant members.</returns>
    public static int Apply(ReadOnlySpan<double> pValues, double fdrQ, Span<double> qValues, Span<bool> significant, Span<double> sortKeys, Span<int> order)
    {
        var m = pValues.Length;
        if (qValues.Length != m || significant.Length != m)
        {
            throw new ArgumentException($"output spans must have the family size {m} (got q {qValues.Length}, significant {significant.Length})", nameof(qValues));
        }

        if (sortKeys.Length < m || order.Length < m)
        {
            throw new ArgumentException($"scratch spans must hold the family size {m} (got {sortKeys.Length}, {order.Length})", nameof(sortKeys));
        }

        if (!(fdrQ > 0 && fdrQ < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fdrQ), fdrQ, "fdr_q must be in (0, 1)");
        }

        for (var i = 0; i < m; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], $"p-value at index {i} must be in [0, 1]");
            }
        }

        if (m == 0)
        {
            return 0;
        }

        var keys = sortKeys[..m];
        var ranks = order[..m];
        pValues.CopyTo(keys);
        for (var i = 0; i < m; i++)
        {
            ranks[i] = i;
        }

        keys.Sort(ranks); // introsort is unstable: restore input order inside ties below
        StabiliseTies(keys, ranks);

        var kStar = 0;
        for (var k = 1; k <= m; k++)
        {
            if (keys[k - 1] <= k * fdrQ / m)
            {
                kStar = k;
            }
        }

        var running = 1.0;
        for (var j = m; j >= 1; j--)
        {
            running = Math.Min(running, Math.Min(1.0, m * keys[j - 1] / j));
            qValues[ranks[j - 1]] = running;
            significant[ranks[j - 1]] = j <= kStar;
        }

        return kStar;
    }

    private static void StabiliseTies(Span<double> keys, Span<int> order)
    {
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    order.Slice(start, i - start).Sort();
                }

                start = i;
            }
        }
    }
}
