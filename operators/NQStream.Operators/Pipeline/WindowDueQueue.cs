namespace NQStream.Operators.Pipeline;

/// <summary>
/// Pending window ends of the pressure stage, by window: a ring of <see cref="Buckets"/> lists, one per window index,
/// so queueing and draining an entry are O(1) (window ends are aligned and arrive almost in order; a binary heap cost
/// ~15 % of the pipeline). The live range (watermark lateness plus a window) is far inside the ring; an entry that
/// would land on an older, undrained window's bucket first moves that bucket to the overflow list, drained first.
/// </summary>
internal sealed class WindowDueQueue(long windowNs)
{
    private const int Buckets = 64;
    private readonly List<int>[] _slots = CreateBuckets();
    private readonly long[] _ends = new long[Buckets];
    private readonly List<(int Slot, long End)> _overflow = [];
    private int _overflowNext;
    private int _count;
    private int _min = -1;

    /// <summary>The oldest queued window end (long.MinValue while older windows wait in the overflow; long.MaxValue when empty).</summary>
    public long OldestEnd => _overflowNext < _overflow.Count ? long.MinValue : _count == 0 ? long.MaxValue : _ends[_min];

    /// <summary>Entries queued and not yet drained.</summary>
    public int Count => _count + _overflow.Count - _overflowNext;

    /// <summary>Queues <paramref name="slot"/> under window end <paramref name="end"/>.</summary>
    public void Enqueue(int slot, long end)
    {
        var b = (int)((ulong)(end / windowNs) % Buckets);
        var list = _slots[b];
        var moved = false;
        if (list.Count > 0 && _ends[b] != end)
        {
            moved = true;
            foreach (var s in list)
            {
                _overflow.Add((s, _ends[b]));
            }

            _count -= list.Count;
            list.Clear();
        }

        _ends[b] = end;
        list.Add(slot);
        _count++;
        if (moved)
        {
            FindMin();
        }
        else if (_min < 0 || _slots[_min].Count == 0 || end < _ends[_min])
        {
            _min = b;
        }
    }

    /// <summary>Takes one entry whose end is at or before <paramref name="watermarkNs"/>, oldest window first.</summary>
    public bool TryTake(long watermarkNs, out int slot)
    {
        if (_overflowNext < _overflow.Count)
        {
            (slot, _) = _overflow[_overflowNext++];
            if (_overflowNext == _overflow.Count)
            {
                _overflow.Clear();
                _overflowNext = 0;
            }

            return true;
        }

        slot = -1;
        if (_count == 0 || _ends[_min] > watermarkNs)
        {
            return false;
        }

        var list = _slots[_min];
        slot = list[^1];
        list.RemoveAt(list.Count - 1);
        _count--;
        if (list.Count == 0)
        {
            FindMin();
        }

        return true;
    }

    private void FindMin()
    {
        _min = -1;
        for (var b = 0; b < Buckets; b++)
        {
            if (_slots[b].Count > 0 && (_min < 0 || _ends[b] < _ends[_min]))
            {
                _min = b;
            }
        }
    }

    private static List<int>[] CreateBuckets()
    {
        var buckets = new List<int>[Buckets];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = [];
        }

        return buckets;
    }
}
