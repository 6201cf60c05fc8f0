using System.Runtime.CompilerServices;
using NQStream.Market.Dbn;

namespace NQStream.Market.Book;

/// <summary>The book-changing actions: add, cancel, modify, clear, on pooled slots and intrusive FIFOs.</summary>
public sealed partial class OrderBook
{
    private void Add(ulong id, byte sideByte, long price, uint size)
    {
        var side = SideOf(sideByte);
        if (side is null || price == DbnConstants.UndefPrice)
        {
            CountMalformed();
            return;
        }

        var existing = _map.Find(id);
        if (existing >= 0)
        {
            // algorithms.md §2.3: an add for a resting id replaces the old order, and is counted.
            _integrity.DuplicateAdd++;
            _metrics?.DuplicateAdd.Add(1);
            RemoveOrder(existing);
        }

        Insert(id, side, price, size);
    }

    private void Cancel(ulong id, uint size)
    {
        var slot = _map.Find(id);
        if (slot < 0)
        {
            _integrity.UnknownOrder++;
            _metrics?.UnknownOrder.Add(1);
            return;
        }

        ref var o = ref _orders[slot];
        var cut = size;
        if (cut > o.Size)
        {
            _integrity.NegativeSize++;
            _metrics?.NegativeSize.Add(1);
            cut = o.Size;
        }

        o.Size -= cut;
        SideOf(o.Side).Levels[o.Level].Size -= cut;
        if (o.Size == 0)
        {
            RemoveOrder(slot);
        }
    }

    private void Modify(ulong id, byte sideByte, long price, uint size)
    {
        var slot = _map.Find(id);
        if (slot < 0)
        {
            // dbn.md §10: a modify for an unknown id is an add (orders from before the data start).
            _integrity.UnknownOrder++;
            _metrics?.UnknownOrder.Add(1);
            var newSide = SideOf(sideByte);
            if (newSide is null || price == DbnConstants.UndefPrice)
            {
                CountMalformed();
                return;
            }

            Insert(id, newSide, price, size);
            return;
        }

        if (price == DbnConstants.UndefPrice)
        {
            CountMalformed();
            return;
        }

        // The side never changes on M: the resting order's side wins over the record's.
        ref var o = ref _orders[slot];
        var side = SideOf(o.Side);
        if (price != o.Price)
        {
            Unlink(side, slot);
            o = ref _orders[slot];
            o.Price = price;
            o.Size = size;
            Link(side, slot, side.GetOrAdd(price));
        }
        else if (size > o.Size)
        {
            // Size increase loses priority: back of the same level.
            ref var level = ref side.Levels[o.Level];
            level.Size += size - o.Size;
            o.Size = size;
            if (level.Tail != slot)
            {
                Detach(ref level, slot);
                Append(ref level, slot);
            }
        }
        else
        {
            // Size decrease (or equal) keeps priority.
            side.Levels[o.Level].Size -= o.Size - size;
            o.Size = size;
        }
    }

    private void ClearAll()
    {
        _map.Clear();
        _orderHigh = 0;
        _freeOrder = -1;
        _bids.Clear();
        _asks.Clear();
        _suspect = false;
    }

    private void Insert(ulong id, BookSide side, long price, uint size)
    {
        var slot = AllocSlot();
        ref var o = ref _orders[slot];
        o.Id = id;
        o.Price = price;
        o.Size = size;
        o.Side = side.Side;
        Link(side, slot, side.GetOrAdd(price));
        _map.Add(id, slot);
    }

    private void RemoveOrder(int slot)
    {
        ref var o = ref _orders[slot];
        _map.Remove(o.Id);
        Unlink(SideOf(o.Side), slot);
        _orders[slot].Next = _freeOrder;
        _freeOrder = slot;
    }

    /// <summary>Appends the order to the back of level <paramref name="levelId"/> and adds its size.</summary>
    private void Link(BookSide side, int slot, int levelId)
    {
        ref var level = ref side.Levels[levelId];
        _orders[slot].Level = levelId;
        level.Size += _orders[slot].Size;
        Append(ref level, slot);
    }

    /// <summary>Takes the order out of its level, removing the level when it empties.</summary>
    private void Unlink(BookSide side, int slot)
    {
        var levelId = _orders[slot].Level;
        ref var level = ref side.Levels[levelId];
        level.Size -= _orders[slot].Size;
        Detach(ref level, slot);
        if (level.Count == 0)
        {
            side.Remove(levelId);
        }
    }

    private void Append(ref PriceLevel level, int slot)
    {
        ref var o = ref _orders[slot];
        o.Prev = level.Tail;
        o.Next = -1;
        if (level.Tail >= 0)
        {
            _orders[level.Tail].Next = slot;
        }
        else
        {
            level.Head = slot;
        }

        level.Tail = slot;
        level.Count++;
    }

    private void Detach(ref PriceLevel level, int slot)
    {
        ref var o = ref _orders[slot];
        if (o.Prev >= 0)
        {
            _orders[o.Prev].Next = o.Next;
        }
        else
        {
            level.Head = o.Next;
        }

        if (o.Next >= 0)
        {
            _orders[o.Next].Prev = o.Prev;
        }
        else
        {
            level.Tail = o.Prev;
        }

        level.Count--;
    }

    private int AllocSlot()
    {
        if (_freeOrder >= 0)
        {
            var slot = _freeOrder;
            _freeOrder = _orders[slot].Next;
            return slot;
        }

        if (_orderHigh == _orders.Length)
        {
            Array.Resize(ref _orders, _orders.Length * 2);
        }

        return _orderHigh++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private BookSide? SideOf(byte side) => side == (byte)OrderSide.Bid ? _bids : side == (byte)OrderSide.Ask ? _asks : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private BookSide SideOf(OrderSide side) => side == OrderSide.Bid ? _bids : _asks;

    private void CountMalformed()
    {
        _integrity.Malformed++;
        _metrics?.Malformed.Add(1);
    }
}
