namespace NQStream.Feeds.Simulation;

/// <summary>
/// Retail-size participants: aggressor trades of a few lots at the touch (one level; premium under
/// <see cref="SimulationOptions.NoisePremiumCapUsd"/> unless a single lot costs more) and limit orders that
/// join or sit behind the best price for a while, partly or fully cancelled later. Their side leans
/// against the rolling 5-minute delta of the underlying, so random noise never adds up to an
/// emergency-size delta that no label explains.
/// </summary>
internal sealed class NoiseTrader
{
    private const int MaxForeign = 4;

    private readonly OrderFlow _flow;
    private readonly SimRandom _rng;
    private readonly double _cap;
    private readonly double _premiumCap;

    public NoiseTrader(OrderFlow flow, SimRandom rng, SimulationOptions options)
    {
        _flow = flow;
        _rng = rng;
        _cap = options.QuietDeltaCap;
        _premiumCap = options.NoisePremiumCapUsd;
    }

    /// <summary>Average contracts of a noise trade (before the touch limits it).</summary>
    public const double MeanClip = 3.0;

    /// <summary>One aggressor trade at the touch; returns its result (no records when the other side is empty).</summary>
    public TradeResult Trade(SimInstrument inst, ulong ts, DeltaWindow window)
    {
        byte side;
        if (inst.IsFuture)
        {
            side = _rng.Chance(0.5) ? Sides.Bid : Sides.Ask;
        }
        else
        {
            // P(adding +delta) falls as the window's delta rises: 0.5 at 0, 0.05 at +cap.
            var x = window.At(ts);
            var pUp = 0.5 - Math.Clamp(x / (2.0 * _cap) * 0.9, -0.45, 0.45);
            var up = _rng.Chance(pUp);
            side = inst.IsCall == up ? Sides.Bid : Sides.Ask;
        }

        var size = (uint)_rng.NextClip(inst.IsFuture ? 4.0 : MeanClip, inst.IsFuture ? 40 : 30);
        if (!inst.IsFuture)
        {
            // Never carry the window past the quiet cap: take the other side instead.
            var w = window.At(ts);
            var x = 100.0 * Sides.Sign(side) * size * inst.Delta;
            if (Math.Abs(w + x) > _cap && Math.Abs(w - x) < Math.Abs(w + x))
            {
                side = Sides.Opposite(side);
            }
        }

        var resting = Sides.Opposite(side);
        if (!inst.Book.TryBest(resting, false, out var touch))
        {
            return default;
        }

        var available = inst.Book.SizeAt(resting, touch);
        if (!inst.IsFuture)
        {
            // Retail size: the premium of one noise trade stays under the cap (at least one lot).
            var lotUsd = 20.0 * PriceGrid.ToPoints(touch);
            size = (uint)Math.Max(1, Math.Min(size, Math.Floor(_premiumCap / Math.Max(lotUsd, 1e-9))));
        }

        return _flow.Aggress(inst, ts, side, touch, (uint)Math.Min(size, available));
    }

    /// <summary>A limit order at or behind the best price, or the cancel of an earlier one; returns records.</summary>
    public int LimitOrder(SimInstrument inst, ulong ts, int maxBehind)
    {
        var book = inst.Book;
        var foreign = 0;
        var pick = -1;
        for (var i = 0; i < book.Count; i++)
        {
            if (book[i].Owner == OrderOwner.Noise)
            {
                foreign++;
                if (pick < 0 || _rng.Chance(0.5))
                {
                    pick = i;
                }
            }
        }

        if (pick >= 0 && (foreign >= MaxForeign || _rng.Chance(0.45)))
        {
            var size = book[pick].Size;
            var partial = size > 1 && _rng.Chance(0.25);
            _flow.Cancel(inst, ts, pick, partial ? (uint)_rng.NextInt(1, (int)size - 1) : size);
            return 1;
        }

        var side = _rng.Chance(0.5) ? Sides.Bid : Sides.Ask;
        if (!book.TryBest(side, false, out var price))
        {
            return 0;
        }

        var behind = _rng.NextInt(0, maxBehind);
        for (var k = 0; k < behind; k++)
        {
            price = inst.IsFuture
                ? (side == Sides.Bid ? price - PriceGrid.Quarter : price + PriceGrid.Quarter)
                : (side == Sides.Bid ? PriceGrid.OptionDown(price) : PriceGrid.OptionUp(price));
        }

        if (price <= 0)
        {
            return 0;
        }

        _flow.Add(inst, ts, side, price, (uint)_rng.NextClip(inst.IsFuture ? 5.0 : 4.0, 40), OrderOwner.Noise);
        return 1;
    }
}
