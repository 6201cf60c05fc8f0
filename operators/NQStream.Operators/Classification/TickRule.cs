namespace NQStream.Operators.Classification;

/// <summary>
/// Tick rule (§4.6): compare a trade price with the previous trade price of the same instrument: up +1,
/// down −1, equal → the last non-zero sign; no sign before the first non-zero tick. Prices are compared
/// exactly in fixed point. One instance per instrument; feed every trade in event order.
/// </summary>
public struct TickRule
{
    private bool _hasPrev;
    private long _prevPx;
    private int _last;

    /// <summary>Signs a trade and remembers its price for the next one.</summary>
    /// <param name="priceFixed">Trade price, 1e-9 fixed point.</param>
    /// <returns>+1, −1, or 0 before the first non-zero tick.</returns>
    public int Classify(long priceFixed)
    {
        if (_hasPrev)
        {
            if (priceFixed > _prevPx)
            {
                _last = 1;
            }
            else if (priceFixed < _prevPx)
            {
                _last = -1;
            }
        }

        _hasPrev = true;
        _prevPx = priceFixed;
        return _last;
    }

    /// <summary>Forgets the price history (new trade date or feed gap).</summary>
    public void Reset() => this = default;
}
