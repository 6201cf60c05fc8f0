namespace NQStream.Feeds.Simulation;

/// <summary>
/// Market makers: a ladder of <see cref="SimulationOptions.QuoteLevels"/> orders per side around fair value
/// (futures: one-tick market, options: about 1 % of premium wide, at most 0.75 + 0.2 % of premium, at least two ticks). A re-quote is one
/// venue event per instrument that modifies (or, for a share, cancels and replaces) every level whose
/// price moved: that is what makes the waves of modifies after each futures move and the short order
/// lifetimes. Orders of other participants that a new quote would lock or cross are pulled first.
/// </summary>
internal sealed class MarketMaker
{
    private readonly OrderFlow _flow;
    private readonly SimRandom _rng;
    private readonly int _levels;
    private readonly double _cancelReplace;

    public MarketMaker(OrderFlow flow, SimRandom rng, SimulationOptions options)
    {
        _flow = flow;
        _rng = rng;
        _levels = options.QuoteLevels;
        _cancelReplace = options.CancelReplaceShare;
    }

    /// <summary>Top-of-book target from the instrument's fair value (raw prices; bid 0 = no bid).</summary>
    public static void Target(SimInstrument inst, out long bidTop, out long askTop)
    {
        if (inst.IsFuture)
        {
            bidTop = PriceGrid.FloorTo(PriceGrid.ToRaw(inst.Fair), PriceGrid.Quarter);
            askTop = bidTop + PriceGrid.Quarter;
            return;
        }

        var fv = inst.Fair;
        var tick = fv > 5.0 ? 0.25 : 0.05;
        var width = Math.Max(2.0 * tick, Math.Min(fv * 0.01, 0.75 + (0.002 * fv)));
        bidTop = PriceGrid.OptionFloor(fv - (width / 2));
        askTop = PriceGrid.OptionCeiling(fv + (width / 2));
        if (bidTop <= 0)
        {
            bidTop = 0;
        }
        else if (askTop <= bidTop)
        {
            askTop = PriceGrid.OptionUp(bidTop);
        }
    }

    /// <summary>
    /// Whether a wave re-quotes this instrument: its target changed and fair value has left the middle 60 %
    /// of the quoted spread (market makers do not chase every tick of the future in far strikes).
    /// </summary>
    public static bool NeedsQuote(SimInstrument inst)
    {
        Target(inst, out var bid, out var ask);
        if (bid == inst.QuotedBid && ask == inst.QuotedAsk)
        {
            return false;
        }

        if (inst.QuotedBid <= 0 || inst.QuotedAsk <= inst.QuotedBid)
        {
            return true;
        }

        var fair = PriceGrid.ToRaw(inst.Fair);
        var margin = (inst.QuotedAsk - inst.QuotedBid) / 5;
        return fair < inst.QuotedBid + margin || fair > inst.QuotedAsk - margin;
    }

    /// <summary>Re-quotes the ladder; <paramref name="refill"/> also restores sizes eaten by trades. Returns records.</summary>
    public int Quote(SimInstrument inst, ulong ts, bool refill)
    {
        Target(inst, out var bidTop, out var askTop);
        var records = _flow.CancelCrossing(inst, ts, bidTop, askTop);
        var emitter = _flow.Emitter;
        emitter.BeginEvent(inst, ts);
        Span<long> prices = stackalloc long[inst.MmBid.Length];
        Ladder(inst, bidTop, Sides.Bid, prices);
        QuoteSide(inst, inst.MmBid, Sides.Bid, prices, refill);
        Ladder(inst, askTop, Sides.Ask, prices);
        QuoteSide(inst, inst.MmAsk, Sides.Ask, prices, refill);
        records += emitter.EndEvent();
        inst.QuotedBid = bidTop;
        inst.QuotedAsk = askTop;
        if (bidTop > 0)
        {
            var c = emitter.Counters;
            if (inst.IsFuture)
            {
                c.FutureSpreadTicks += (askTop - bidTop) / (double)PriceGrid.Quarter;
                c.FutureSpreadSamples++;
            }
            else
            {
                c.OptionSpreadTicks += PriceGrid.OptionTicks(bidTop, askTop);
                c.OptionSpreadSamples++;
            }
        }

        return records;
    }

    /// <summary>Quote churn without a price change: one level's size flickers (modify) or is cancelled and replaced.</summary>
    public int Churn(SimInstrument inst, ulong ts)
    {
        var levels = _rng.Chance(0.5) ? inst.MmBid : inst.MmAsk;
        var k = _rng.NextInt(levels.Length);
        var slot = levels[k] == 0 ? -1 : inst.Book.IndexOf(levels[k]);
        if (slot < 0)
        {
            return Quote(inst, ts, refill: true);
        }

        var emitter = _flow.Emitter;
        ref var o = ref inst.Book[slot];
        emitter.BeginEvent(inst, ts);
        if (_rng.Chance(0.7))
        {
            var size = NewSize(inst);
            if (size == o.Size)
            {
                size++;
            }

            emitter.Record(Sides.ActionModify, o.Side, o.Price, size, o.Id);
            inst.Book.Modify(slot, o.Price, size);
        }
        else
        {
            var (side, price) = (o.Side, o.Price);
            emitter.Record(Sides.ActionCancel, side, price, o.Size, o.Id);
            inst.Book.RemoveAt(slot);
            var id = _flow.Ids.Next();
            var size = NewSize(inst);
            emitter.Record(Sides.ActionAdd, side, price, size, id);
            inst.Book.Add(id, side, price, size, OrderOwner.MarketMaker);
            levels[k] = id;
        }

        return emitter.EndEvent();
    }

    private static void Ladder(SimInstrument inst, long top, byte side, Span<long> prices)
    {
        var p = top;
        for (var k = 0; k < prices.Length; k++)
        {
            if (p <= 0)
            {
                prices[k] = 0;
                continue;
            }

            prices[k] = p;
            p = inst.IsFuture
                ? (side == Sides.Bid ? p - PriceGrid.Quarter : p + PriceGrid.Quarter)
                : (side == Sides.Bid ? PriceGrid.OptionDown(p) : PriceGrid.OptionUp(p));
        }
    }

    private void QuoteSide(SimInstrument inst, ulong[] ids, byte side, ReadOnlySpan<long> prices, bool refill)
    {
        var emitter = _flow.Emitter;
        var book = inst.Book;
        for (var k = 0; k < ids.Length; k++)
        {
            var slot = ids[k] == 0 ? -1 : book.IndexOf(ids[k]);
            var target = prices[k];
            if (target <= 0)
            {
                if (slot >= 0)
                {
                    emitter.Record(Sides.ActionCancel, side, book[slot].Price, book[slot].Size, ids[k]);
                    book.RemoveAt(slot);
                }

                ids[k] = 0;
                continue;
            }

            if (slot < 0)
            {
                var id = _flow.Ids.Next();
                var size = NewSize(inst);
                emitter.Record(Sides.ActionAdd, side, target, size, id);
                book.Add(id, side, target, size, OrderOwner.MarketMaker);
                ids[k] = id;
                continue;
            }

            ref var o = ref book[slot];
            if (o.Price != target)
            {
                if (_rng.Chance(_cancelReplace))
                {
                    emitter.Record(Sides.ActionCancel, side, o.Price, o.Size, o.Id);
                    book.RemoveAt(slot);
                    var id = _flow.Ids.Next();
                    var size = NewSize(inst);
                    emitter.Record(Sides.ActionAdd, side, target, size, id);
                    book.Add(id, side, target, size, OrderOwner.MarketMaker);
                    ids[k] = id;
                }
                else
                {
                    var size = refill ? NewSize(inst) : o.Size;
                    emitter.Record(Sides.ActionModify, side, target, size, o.Id);
                    book.Modify(slot, target, size);
                }
            }
            else if (refill && o.Size < 3)
            {
                var size = Math.Max(NewSize(inst), o.Size + 1);
                emitter.Record(Sides.ActionModify, side, target, size, o.Id);
                book.Modify(slot, target, size);
            }
        }
    }

    private uint NewSize(SimInstrument inst) =>
        inst.IsFuture ? (uint)_rng.NextInt(5, 40) : (uint)_rng.NextClip(8.0, 50);
}
