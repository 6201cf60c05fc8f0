namespace NQStream.Feeds.Simulation;

/// <summary>
/// Venue events that change books, each emitted as one MBO event and applied to the instrument's tracker:
/// adds, cancels (full or partial) and aggressor trades. A trade follows the MBO convention of dbn.md §10:
/// one <c>T</c> per price level (aggressor side), then one <c>F</c> per resting order filled, then the
/// <c>C</c> (fully filled) or <c>M</c> (remaining size, same price, keeps priority) that takes the filled
/// quantity out of the book — the book only changes through A/C/M.
/// </summary>
internal sealed class OrderFlow
{
    private const int MaxFills = 64;

    private readonly MboEmitter _emitter;
    private readonly OrderIdAllocator _ids;
    private readonly DeltaWindow[] _windows;

    public OrderFlow(MboEmitter emitter, OrderIdAllocator ids, DeltaWindow[] windows)
    {
        _emitter = emitter;
        _ids = ids;
        _windows = windows;
    }

    public MboEmitter Emitter => _emitter;

    public OrderIdAllocator Ids => _ids;

    public ulong Add(SimInstrument inst, ulong ts, byte side, long price, uint size, OrderOwner owner)
    {
        var id = _ids.Next();
        _emitter.BeginEvent(inst, ts);
        _emitter.Record(Sides.ActionAdd, side, price, size, id);
        _emitter.EndEvent();
        inst.Book.Add(id, side, price, size, owner);
        return id;
    }

    /// <summary>Cancels <paramref name="quantity"/> of the order in <paramref name="slot"/> (all of it when ≥ its size).</summary>
    public void Cancel(SimInstrument inst, ulong ts, int slot, uint quantity)
    {
        ref var o = ref inst.Book[slot];
        var q = Math.Min(quantity, o.Size);
        _emitter.BeginEvent(inst, ts);
        _emitter.Record(Sides.ActionCancel, o.Side, o.Price, q, o.Id);
        _emitter.EndEvent();
        if (q == o.Size)
        {
            inst.Book.RemoveAt(slot);
        }
        else
        {
            o.Size -= q;
        }
    }

    /// <summary>Removes every resting order of the instrument in one event (expiry, session close).</summary>
    public int CancelAll(SimInstrument inst, ulong ts)
    {
        var book = inst.Book;
        _emitter.BeginEvent(inst, ts);
        for (var i = 0; i < book.Count; i++)
        {
            _emitter.Record(Sides.ActionCancel, book[i].Side, book[i].Price, book[i].Size, book[i].Id);
        }

        var n = _emitter.EndEvent();
        book.Clear();
        Array.Clear(inst.MmBid);
        Array.Clear(inst.MmAsk);
        return n;
    }

    /// <summary>Cancels non-market-maker orders that a quote [bidTop, askTop] would lock or cross (their owners pull them).</summary>
    public int CancelCrossing(SimInstrument inst, ulong ts, long bidTop, long askTop)
    {
        var records = 0;
        var book = inst.Book;
        for (var i = book.Count - 1; i >= 0; i--)
        {
            ref var o = ref book[i];
            if (o.Owner == OrderOwner.MarketMaker)
            {
                continue;
            }

            var crossed = o.Side == Sides.Bid ? askTop > 0 && o.Price >= askTop : bidTop > 0 && o.Price <= bidTop;
            if (crossed)
            {
                Cancel(inst, ts, i, o.Size);
                records++;
            }
        }

        return records;
    }

    /// <summary>
    /// An aggressor on <paramref name="side"/> takes up to <paramref name="quantity"/> at prices up to
    /// <paramref name="limit"/>; the remainder is not rested (immediate-or-cancel). When
    /// <paramref name="icebergId"/> is filled completely and <paramref name="icebergRefill"/> &gt; 0, the
    /// exchange re-adds it with that size at the same price in the same event (a native iceberg refill).
    /// </summary>
    public TradeResult Aggress(SimInstrument inst, ulong ts, byte side, long limit, uint quantity, ulong icebergId = 0, uint icebergRefill = 0)
    {
        var result = default(TradeResult);
        var book = inst.Book;
        Span<Fill> fills = stackalloc Fill[MaxFills];
        var n = book.Match(side, limit, quantity, fills);
        if (n == 0)
        {
            return result;
        }

        Span<ulong> ids = stackalloc ulong[MaxFills];
        _emitter.BeginEvent(inst, ts);
        var aggressorId = _ids.Next();
        var levelPrice = book[fills[0].Slot].Price;
        uint levelQty = 0;
        double points = 0;
        for (var i = 0; i < n; i++)
        {
            var price = book[fills[i].Slot].Price;
            if (price != levelPrice)
            {
                _emitter.Record(Sides.ActionTrade, side, levelPrice, levelQty, aggressorId);
                result.Levels++;
                levelPrice = price;
                levelQty = 0;
            }

            levelQty += fills[i].Quantity;
            result.Contracts += fills[i].Quantity;
            points += PriceGrid.ToPoints(price) * fills[i].Quantity;
        }

        _emitter.Record(Sides.ActionTrade, side, levelPrice, levelQty, aggressorId);
        result.Levels++;
        var resting = Sides.Opposite(side);
        for (var i = 0; i < n; i++)
        {
            ref var o = ref book[fills[i].Slot];
            ids[i] = o.Id;
            _emitter.Record(Sides.ActionFill, resting, o.Price, fills[i].Quantity, o.Id);
        }

        long icebergPrice = 0;
        var icebergGone = false;
        for (var i = 0; i < n; i++)
        {
            ref var o = ref book[fills[i].Slot];
            if (o.Id == icebergId && icebergId != 0)
            {
                result.IcebergFilled = fills[i].Quantity;
                result.IcebergPremiumUsd = 20.0 * PriceGrid.ToPoints(o.Price) * fills[i].Quantity;
                icebergPrice = o.Price;
                icebergGone = fills[i].Quantity == o.Size;
            }

            if (fills[i].Quantity == o.Size)
            {
                _emitter.Record(Sides.ActionCancel, resting, o.Price, o.Size, o.Id);
            }
            else
            {
                _emitter.Record(Sides.ActionModify, resting, o.Price, o.Size - fills[i].Quantity, o.Id);
            }
        }

        if (icebergGone && icebergRefill > 0)
        {
            _emitter.Record(Sides.ActionAdd, resting, icebergPrice, icebergRefill, icebergId);
        }

        result.Records = _emitter.EndEvent();

        // Apply to the tracker by id (slots move when orders are removed).
        for (var i = 0; i < n; i++)
        {
            var slot = book.IndexOf(ids[i]);
            var q = fills[i].Quantity;
            if (q == book[slot].Size)
            {
                book.RemoveAt(slot);
            }
            else
            {
                book[slot].Size -= q;
            }
        }

        if (icebergGone && icebergRefill > 0)
        {
            book.Add(icebergId, resting, icebergPrice, icebergRefill, OrderOwner.Iceberg);
        }

        result.PremiumUsd = 20.0 * points;
        if (!inst.IsFuture)
        {
            result.DeltaX100 = 100.0 * Sides.Sign(side) * result.Contracts * inst.Delta;
            _windows[inst.UnderlyingSlot].Add(ts, result.DeltaX100);
        }

        return result;
    }
}
