namespace NQStream.Market.Book;

/// <summary>
/// Read-side queries on the live book. They are consistent between venue events
/// (<see cref="EventInProgress"/> false); during an event they see the records applied so far.
/// </summary>
public sealed partial class OrderBook
{
    /// <summary>Price levels on <paramref name="side"/>.</summary>
    public int LevelCount(OrderSide side) => SideOf(side).Count;

    /// <summary>Copies up to <c>dest.Length</c> levels of <paramref name="side"/>, best first; returns how many.</summary>
    public int CopyDepth(OrderSide side, Span<DepthLevel> dest) => Copy(SideOf(side), dest);

    /// <summary>The level at exactly <paramref name="price"/> on <paramref name="side"/>.</summary>
    public bool TryGetLevel(OrderSide side, long price, out DepthLevel level)
    {
        var s = SideOf(side);
        var id = s.Find(price);
        if (id < 0)
        {
            level = default;
            return false;
        }

        ref readonly var l = ref s.Levels[id];
        level = new DepthLevel(l.Price, l.Size, l.Count);
        return true;
    }

    /// <summary>
    /// Size a new order joining <paramref name="side"/> at <paramref name="price"/> would have ahead of it:
    /// everything at better prices plus the whole queue at that price.
    /// </summary>
    public long SizeAhead(OrderSide side, long price)
    {
        var s = SideOf(side);
        long total = 0;
        for (var d = 0; d < s.Count; d++)
        {
            ref readonly var l = ref s.Levels[s.LevelAt(d)];
            var better = side == OrderSide.Bid ? l.Price >= price : l.Price <= price;
            if (!better)
            {
                break;
            }

            total += l.Size;
        }

        return total;
    }

    /// <summary>
    /// Side, raw price and size of the resting order <paramref name="orderId"/> (size 0 when a modify left it at 0); false
    /// when the book does not hold it. One index probe and one slot read; nothing allocated.
    /// </summary>
    public bool TryGetOrder(ulong orderId, out OrderSide side, out long price, out uint size)
    {
        var slot = _map.Find(orderId);
        if (slot < 0)
        {
            side = default;
            price = 0;
            size = 0;
            return false;
        }

        ref readonly var o = ref _orders[slot];
        side = o.Side;
        price = o.Price;
        size = o.Size;
        return true;
    }

    /// <summary>Queue position of a resting order (walks its level from the front).</summary>
    public bool TryGetQueuePosition(ulong orderId, out QueuePosition position)
    {
        var slot = _map.Find(orderId);
        if (slot < 0)
        {
            position = default;
            return false;
        }

        ref readonly var o = ref _orders[slot];
        ref readonly var level = ref SideOf(o.Side).Levels[o.Level];
        var ahead = 0;
        long sizeAhead = 0;
        for (var s = level.Head; s != slot; s = _orders[s].Next)
        {
            ahead++;
            sizeAhead += _orders[s].Size;
        }

        position = new QueuePosition(o.Side, o.Price, o.Size, ahead, sizeAhead, level.Count, level.Size);
        return true;
    }

    /// <summary>Order ids resting at <paramref name="price"/>, front of the queue first; returns how many were written.</summary>
    public int CopyQueue(OrderSide side, long price, Span<ulong> dest)
    {
        var s = SideOf(side);
        var id = s.Find(price);
        if (id < 0)
        {
            return 0;
        }

        var n = 0;
        for (var slot = s.Levels[id].Head; slot >= 0 && n < dest.Length; slot = _orders[slot].Next)
        {
            dest[n++] = _orders[slot].Id;
        }

        return n;
    }
}
