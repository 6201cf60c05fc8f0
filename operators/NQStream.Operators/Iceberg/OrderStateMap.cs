using System.Runtime.CompilerServices;
using NQStream.Market.Book;

namespace NQStream.Operators.Iceberg;

/// <summary>
/// The detector's per-order state by order id: an open-addressing index (<see cref="OrderMap"/>: one 16-byte probe
/// entry per key, usually one cache line per lookup) over a pooled array of <see cref="OrderState"/>. It replaced a
/// <c>Dictionary&lt;ulong, OrderState&gt;</c> whose bucket + 136-byte entry cost two to three cache misses per record.
/// Refs returned stay valid until the next add. Nothing is allocated once the pool has grown to the working set.
/// </summary>
internal sealed class OrderStateMap
{
    private readonly OrderMap _index;
    private OrderState[] _states;
    private ulong[] _keys;
    private int[] _next;
    private bool[] _live;
    private int _high;
    private int _free = -1;

    public OrderStateMap(int capacity)
    {
        _index = new OrderMap(capacity);
        _states = new OrderState[capacity];
        _keys = new ulong[capacity];
        _next = new int[capacity];
        _live = new bool[capacity];
    }

    public int Count => _index.Count;

    /// <summary>The state of <paramref name="key"/>, or a null ref.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref OrderState Find(ulong key)
    {
        var i = _index.Find(key);
        return ref i < 0 ? ref Unsafe.NullRef<OrderState>() : ref _states[i];
    }

    /// <summary>The state of <paramref name="key"/>, added as <c>default</c> when absent.</summary>
    public ref OrderState GetOrAdd(ulong key, out bool exists)
    {
        var i = _index.Find(key);
        exists = i >= 0;
        if (exists)
        {
            return ref _states[i];
        }

        i = Allocate();
        _states[i] = default;
        _keys[i] = key;
        _live[i] = true;
        _index.Add(key, i);
        return ref _states[i];
    }

    public bool TryGetValue(ulong key, out OrderState state)
    {
        var i = _index.Find(key);
        state = i >= 0 ? _states[i] : default;
        return i >= 0;
    }

    public bool Remove(ulong key) => Remove(key, out _);

    public bool Remove(ulong key, out OrderState removed)
    {
        var i = _index.Find(key);
        if (i < 0)
        {
            removed = default;
            return false;
        }

        removed = _states[i];
        _index.Remove(key);
        Release(i);
        return true;
    }

    /// <summary>Removes every order of instrument slot <paramref name="slot"/>.</summary>
    public void RemoveSlot(int slot)
    {
        for (var i = 0; i < _high; i++)
        {
            if (_live[i] && _states[i].Slot == slot)
            {
                _index.Remove(_keys[i]);
                Release(i);
            }
        }
    }

    /// <summary>States marked exhausted (tombstones), by a walk over the pool.</summary>
    public int CountExhausted()
    {
        var n = 0;
        for (var i = 0; i < _high; i++)
        {
            if (_live[i] && _states[i].Exhausted)
            {
                n++;
            }
        }

        return n;
    }

    private int Allocate()
    {
        if (_free >= 0)
        {
            var i = _free;
            _free = _next[i];
            return i;
        }

        if (_high == _states.Length)
        {
            var size = _high * 2;
            Array.Resize(ref _states, size);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _next, size);
            Array.Resize(ref _live, size);
        }

        return _high++;
    }

    private void Release(int i)
    {
        _live[i] = false;
        _next[i] = _free;
        _free = i;
    }
}
