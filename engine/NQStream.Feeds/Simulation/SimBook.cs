using System.Diagnostics;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// The simulator's private order-state tracker for one instrument: every resting order with side, price,
/// size and time priority. Books here hold a handful of orders (the quote ladder, a few noise and
/// institutional orders), so linear scans beat any tree. It exists to emit only valid cancels and
/// modifies and to match aggressors in price-time priority; it is not the engine's order book.
/// </summary>
internal sealed class SimBook
{
    private SimOrder[] _orders = new SimOrder[16];
    private long _clock;

    public int Count { get; private set; }

    public ref SimOrder this[int slot] => ref _orders[slot];

    public int IndexOf(ulong id)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_orders[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    public void Add(ulong id, byte side, long price, uint size, OrderOwner owner)
    {
        Debug.Assert(size > 0 && IndexOf(id) < 0, "add of a live order id or of size 0");
        if (Count == _orders.Length)
        {
            Array.Resize(ref _orders, Count * 2);
        }

        _orders[Count++] = new SimOrder { Id = id, Side = side, Price = price, Size = size, Owner = owner, Priority = ++_clock };
    }

    public void RemoveAt(int slot)
    {
        _orders[slot] = _orders[--Count];
    }

    /// <summary>Applies a modify with the priority rule of dbn.md §10 (new price or larger size → back of the queue).</summary>
    public void Modify(int slot, long price, uint size)
    {
        ref var o = ref _orders[slot];
        if (price != o.Price || size > o.Size)
        {
            o.Priority = ++_clock;
        }

        o.Price = price;
        o.Size = size;
    }

    public void Clear() => Count = 0;

    /// <summary>Best price on a side (B or A), optionally only among orders of other owners than market makers.</summary>
    public bool TryBest(byte side, bool foreignOnly, out long price)
    {
        var found = false;
        price = 0;
        for (var i = 0; i < Count; i++)
        {
            ref var o = ref _orders[i];
            if (o.Side != side || (foreignOnly && o.Owner == OrderOwner.MarketMaker))
            {
                continue;
            }

            if (!found || (side == Sides.Bid ? o.Price > price : o.Price < price))
            {
                price = o.Price;
                found = true;
            }
        }

        return found;
    }

    /// <summary>Total resting size on <paramref name="side"/> at <paramref name="price"/>.</summary>
    public long SizeAt(byte side, long price)
    {
        long total = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_orders[i].Side == side && _orders[i].Price == price)
            {
                total += _orders[i].Size;
            }
        }

        return total;
    }

    /// <summary>Distinct prices on <paramref name="side"/>, best first, into <paramref name="prices"/>; returns how many.</summary>
    public int Levels(byte side, Span<long> prices)
    {
        var n = 0;
        var last = side == Sides.Bid ? long.MaxValue : long.MinValue;
        while (n < prices.Length)
        {
            var found = false;
            long best = 0;
            for (var i = 0; i < Count; i++)
            {
                var p = _orders[i].Price;
                if (_orders[i].Side != side || (side == Sides.Bid ? p >= last : p <= last))
                {
                    continue;
                }

                if (!found || (side == Sides.Bid ? p > best : p < best))
                {
                    best = p;
                    found = true;
                }
            }

            if (!found)
            {
                break;
            }

            prices[n++] = best;
            last = best;
        }

        return n;
    }

    /// <summary>
    /// Matches an aggressor on <paramref name="aggressorSide"/> up to <paramref name="limit"/> and
    /// <paramref name="quantity"/> against the opposite side in price-time priority, without changing the book.
    /// </summary>
    public int Match(byte aggressorSide, long limit, uint quantity, Span<Fill> fills)
    {
        var restingSide = Sides.Opposite(aggressorSide);
        var n = 0;
        var lastPrice = aggressorSide == Sides.Bid ? long.MinValue : long.MaxValue;
        var lastPriority = long.MinValue;
        while (quantity > 0 && n < fills.Length)
        {
            var pick = -1;
            for (var i = 0; i < Count; i++)
            {
                ref var o = ref _orders[i];
                if (o.Side != restingSide || (aggressorSide == Sides.Bid ? o.Price > limit : o.Price < limit))
                {
                    continue;
                }

                // Strictly after the previous pick in (price, priority) order.
                var after = aggressorSide == Sides.Bid
                    ? o.Price > lastPrice || (o.Price == lastPrice && o.Priority > lastPriority)
                    : o.Price < lastPrice || (o.Price == lastPrice && o.Priority > lastPriority);
                if (!after)
                {
                    continue;
                }

                if (pick < 0 || Better(aggressorSide, ref o, ref _orders[pick]))
                {
                    pick = i;
                }
            }

            if (pick < 0)
            {
                break;
            }

            var q = Math.Min(quantity, _orders[pick].Size);
            fills[n++] = new Fill { Slot = pick, Quantity = q };
            quantity -= q;
            lastPrice = _orders[pick].Price;
            lastPriority = _orders[pick].Priority;
        }

        return n;
    }

    private static bool Better(byte aggressorSide, ref SimOrder a, ref SimOrder b) =>
        a.Price == b.Price ? a.Priority < b.Priority : aggressorSide == Sides.Bid ? a.Price < b.Price : a.Price > b.Price;
}
