using NQStream.Market;
using NQStream.Market.Book;

namespace NQStream.Operators.Aggressor;

/// <summary>The underlying mid F under the shared edge-case policy (docs/algorithms.md §0.3).</summary>
public static class UnderlyingMid
{
    /// <summary>
    /// Mid of <paramref name="top"/> in points, or null when it is not a valid F at <paramref name="tsEventNs"/>: the book
    /// is not <see cref="BookState.Ok"/> (empty, one-sided, crossed, locked or suspect) or its last publication is older
    /// than <paramref name="maxAgeNs"/> (<c>max_mid_age</c>).
    /// </summary>
    public static double? Of(in BookTop top, long tsEventNs, long maxAgeNs)
    {
        if (top.State != BookState.Ok || tsEventNs - (long)top.TsEvent > maxAgeNs)
        {
            return null;
        }

        return FixedPoint.ToPointsUnchecked(top.BidPx + top.AskPx) / 2.0;
    }
}
