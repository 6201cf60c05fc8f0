using NQStream.Operators.Book;

namespace NQStream.Operators.Classification;

/// <summary>
/// Lee &amp; Ready (1991) as in §4.6: the quote rule, and the tick rule for prints the quote rule leaves
/// unclassified (at the mid). No 5-s quote lag. Keeps its own tick-rule state, so feed every trade of
/// the instrument in event order.
/// </summary>
public struct LeeReady
{
    private TickRule _tick;

    /// <summary>Signs a trade.</summary>
    /// <param name="priceFixed">Trade price, 1e-9 fixed point.</param>
    /// <param name="before">Top of book before the trade's event.</param>
    public TradeSign Classify(long priceFixed, in Quote before)
    {
        var tick = _tick.Classify(priceFixed);
        var quote = QuoteRule.Classify(priceFixed, before);
        if (quote != 0)
        {
            return new TradeSign(quote, SignMethod.Quote);
        }

        return tick != 0 ? new TradeSign(tick, SignMethod.Tick) : TradeSign.Unclassified;
    }

    /// <summary>Forgets the price history (new trade date or feed gap).</summary>
    public void Reset() => _tick.Reset();
}
