using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>
/// The futures price implied by put–call parity on mids, c − p = D·(F − K), for chains that carry no underlying
/// price: F_K = K + (c_mid − p_mid)/D at every strike where both sides have a valid mid (the §3 spread rule), and
/// F = the median over those strikes (robust to a stale quote). Null when no strike qualifies.
/// </summary>
public static class ImpliedForward
{
    /// <summary>The implied F of one expiry's rows (all rows when the snapshot has one expiry), or null.</summary>
    public static double? FromParity(ChainSnapshot snapshot, long asOfNs, double rate, IvPriceRule rule)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rule);
        var estimates = new List<double>();
        foreach (var row in snapshot.Rows)
        {
            if (row.ExpirationNs is not long expiry || TimeToExpiry.IsExpired(expiry, asOfNs)
                || row.Call is not OptionQuote call || row.Put is not OptionQuote put
                || ChainVolatility.ValidMid(call, rule) is not double c || ChainVolatility.ValidMid(put, rule) is not double p)
            {
                continue;
            }

            double discount = Math.Exp(-rate * TimeToExpiry.Years(expiry, asOfNs));
            estimates.Add(row.Strike + ((c - p) / discount));
        }

        if (estimates.Count == 0)
        {
            return null;
        }

        estimates.Sort();
        int mid = estimates.Count / 2;
        return estimates.Count % 2 == 1 ? estimates[mid] : 0.5 * (estimates[mid - 1] + estimates[mid]);
    }
}
