using NQStream.Operators.Book;

namespace NQStream.Operators.Classification;

/// <summary>
/// Quote rule (§4.6): sign(p − mid) with the mid of the book state before the trade's event, evaluated
/// exactly as sign(2·p − (bid + ask)). A print at the mid, or a book that is not <c>OK</c>, is unclassified.
/// </summary>
public static class QuoteRule
{
    /// <summary>Signs a trade against the book before its event.</summary>
    /// <param name="priceFixed">Trade price, 1e-9 fixed point.</param>
    /// <param name="before">Top of book before the trade's event.</param>
    /// <returns>+1 above the mid, −1 below, 0 at the mid or without a valid book.</returns>
    public static int Classify(long priceFixed, in Quote before)
    {
        if (!before.IsOk)
        {
            return 0;
        }

        var d = (2 * priceFixed) - before.MidTimesTwo;
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
}
