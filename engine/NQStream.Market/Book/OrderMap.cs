using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NQStream.Market.Book;

/// <summary>
/// Open-addressing map from a 64-bit key (order id, or packed book key) to a non-negative int slot.
/// Linear probing over one array of key/value pairs (one cache line holds four entries), Fibonacci
/// hashing, backward-shift deletion (no tombstones, so probe chains never rot on a long day), load
/// factor at most 1/2, capacity doubled when full. Nothing is allocated except when it grows.
/// </summary>
public sealed class OrderMap
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private Entry[] _entries;
    private int _mask;
    private int _shift;

    /// <summary>Creates an empty map sized for <paramref name="capacity"/> keys before it first grows.</summary>
    /// <param name="capacity">Expected keys.</param>
    public OrderMap(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, capacity * 2));
        _entries = NewEntries(size);
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Keys stored.</summary>
    public int Count { get; private set; }

    /// <summary>Slots in the table (a power of two).</summary>
    public int Capacity => _mask + 1;

    /// <summary>The value stored for <paramref name="key"/>, or -1.</summary>
    /// <param name="key">The key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        // i is always masked into the table: index without bounds checks (the probe loop is the hot path).
        ref var first = ref MemoryMarshal.GetArrayDataReference(_entries);
        var mask = _mask;
        var i = Home(key);
        while (true)
        {
            ref var e = ref Unsafe.Add(ref first, i);
            if (e.Value < 0)
            {
                return -1;
            }

            if (e.Key == key)
            {
                return e.Value;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds a key that is not present.</summary>
    /// <param name="key">The key (not present).</param>
    /// <param name="value">A non-negative value.</param>
    public void Add(ulong key, int value)
    {
        if (Count + 1 > (_mask + 1) >> 1)
        {
            Grow();
        }

        Insert(_entries, key, value);
        Count++;
    }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    /// <param name="key">The key.</param>
    public bool Remove(ulong key)
    {
        var entries = _entries;
        var mask = _mask;
        var i = Home(key);
        while (true)
        {
            if (entries[i].Value < 0)
            {
                return false;
            }

            if (entries[i].Key == key)
            {
                break;
            }

            i = (i + 1) & mask;
        }

        // Backward shift: pull later members of the probe chain into the hole when their home slot
        // does not lie cyclically in (hole, j].
        var j = i;
        while (true)
        {
            j = (j + 1) & mask;
            if (entries[j].Value < 0)
            {
                break;
            }

            var home = Home(entries[j].Key);
            var movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable)
            {
                entries[i] = entries[j];
                i = j;
            }
        }

        entries[i].Value = -1;
        Count--;
        return true;
    }

    /// <summary>Removes every key (keeps the capacity).</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            _entries.AsSpan().Fill(new Entry { Value = -1 });
            Count = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)((key * Golden) >> _shift);

    private void Insert(Entry[] entries, ulong key, int value)
    {
        var i = Home(key);
        while (entries[i].Value >= 0)
        {
            i = (i + 1) & _mask;
        }

        entries[i].Key = key;
        entries[i].Value = value;
    }

    private void Grow()
    {
        var old = _entries;
        var size = old.Length * 2;
        _entries = NewEntries(size);
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
        foreach (ref readonly var e in old.AsSpan())
        {
            if (e.Value >= 0)
            {
                Insert(_entries, e.Key, e.Value);
            }
        }
    }

    private static Entry[] NewEntries(int size)
    {
        var entries = new Entry[size];
        entries.AsSpan().Fill(new Entry { Value = -1 });
        return entries;
    }

    private struct Entry
    {
        public ulong Key;
        public int Value;
    }
}
