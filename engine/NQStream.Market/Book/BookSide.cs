using System.Runtime.CompilerServices;

namespace NQStream.Market.Book;

/// <summary>
/// The price levels of one side, kept as a sorted array of level keys with the best level at the END.
/// <para>
/// Why this structure: almost all MBO activity is at or next to the touch, so adding or removing a
/// level near the best shifts only a handful of array entries, finding a level scans a few entries
/// from the top before falling back to binary search, and best/depth reads are contiguous. A
/// price-indexed ladder would need a fixed tick per instrument, which NQ options do not have (the tick
/// depends on the premium, docs/algorithms.md §1), and recentring; a tree allocates and chases pointers.
/// </para>
/// <para>
/// Keys are <c>price ^ mask</c> with mask 0 for bids and -1 for asks: bitwise NOT reverses the order
/// without overflow, so both sides sort ascending with their best price last. Levels themselves live in
/// a pool with stable ids, so orders point at their level without searching.
/// </para>
/// </summary>
internal sealed class BookSide
{
    private const int ScanFromTop = 8;
    private const int ShortMove = 16;

    private readonly long _mask;
    private long[] _keys;
    private int[] _ids;
    private int _freeLevel = -1;
    private int _levelHigh;

    public BookSide(OrderSide side, int capacity)
    {
        Side = side;
        _mask = side == OrderSide.Ask ? -1L : 0L;
        _keys = new long[capacity];
        _ids = new int[capacity];
        Levels = new PriceLevel[capacity];
    }

    public OrderSide Side { get; }

    /// <summary>The level pool, indexed by level id.</summary>
    public PriceLevel[] Levels { get; private set; }

    /// <summary>Levels on the side.</summary>
    public int Count { get; private set; }

    /// <summary>Id of the level <paramref name="depth"/> places from the best (0 = best).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LevelAt(int depth) => _ids[Count - 1 - depth];

    /// <summary>The level id at <paramref name="price"/>, or -1.</summary>
    public int Find(long price)
    {
        var at = Search(price ^ _mask);
        return at >= 0 ? _ids[at] : -1;
    }

    /// <summary>The level id at <paramref name="price"/>, creating an empty level when absent.</summary>
    public int GetOrAdd(long price)
    {
        var key = price ^ _mask;
        var at = Search(key);
        if (at >= 0)
        {
            return _ids[at];
        }

        at = ~at;
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _ids, Count * 2);
        }

        var id = AllocLevel();
        ref var level = ref Levels[id];
        level.Price = price;
        level.Size = 0;
        level.Count = 0;
        level.Head = -1;
        level.Tail = -1;
        // Shift the better levels up by one. Most books are shallow (≤ 9 levels a side on the demo day) and inserts
        // land near the touch, so short moves use a plain loop instead of paying Array.Copy's fixed cost per call.
        var keys = _keys;
        var ids = _ids;
        var move = Count - at;
        if (move <= ShortMove)
        {
            for (var j = Count; j > at; j--)
            {
                keys[j] = keys[j - 1];
                ids[j] = ids[j - 1];
            }
        }
        else
        {
            keys.AsSpan(at, move).CopyTo(keys.AsSpan(at + 1));
            ids.AsSpan(at, move).CopyTo(ids.AsSpan(at + 1));
        }

        keys[at] = key;
        ids[at] = id;
        Count++;
        return id;
    }

    /// <summary>Removes the (empty) level <paramref name="id"/> and returns it to the pool.</summary>
    public void Remove(int id)
    {
        var at = Search(Levels[id].Price ^ _mask);
        var keys = _keys;
        var ids = _ids;
        var move = Count - at - 1;
        if (move <= ShortMove)
        {
            for (var j = at; j < at + move; j++)
            {
                keys[j] = keys[j + 1];
                ids[j] = ids[j + 1];
            }
        }
        else
        {
            keys.AsSpan(at + 1, move).CopyTo(keys.AsSpan(at));
            ids.AsSpan(at + 1, move).CopyTo(ids.AsSpan(at));
        }

        Count--;
        Levels[id].NextFree = _freeLevel;
        _freeLevel = id;
    }

    /// <summary>Removes every level (keeps the capacity).</summary>
    public void Clear()
    {
        Count = 0;
        _freeLevel = -1;
        _levelHigh = 0;
    }

    /// <summary>Index of <paramref name="key"/> in the sorted keys, or the bitwise complement of its insertion point.</summary>
    private int Search(long key)
    {
        var keys = _keys;
        var i = Count - 1;
        var stop = Math.Max(0, Count - ScanFromTop);
        for (; i >= stop; i--)
        {
            var k = keys[i];
            if (k == key)
            {
                return i;
            }

            if (k < key)
            {
                return ~(i + 1);
            }
        }

        if (i < 0)
        {
            return ~0;
        }

        var lo = 0;
        var hi = i;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = keys[mid];
            if (k == key)
            {
                return mid;
            }

            if (k < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    private int AllocLevel()
    {
        if (_freeLevel >= 0)
        {
            var id = _freeLevel;
            _freeLevel = Levels[id].NextFree;
            return id;
        }

        if (_levelHigh == Levels.Length)
        {
            var levels = Levels;
            Array.Resize(ref levels, Levels.Length * 2);
            Levels = levels;
        }

        return _levelHigh++;
    }
}
