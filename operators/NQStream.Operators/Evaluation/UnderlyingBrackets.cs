namespace NQStream.Operators.Evaluation;

/// <summary>The open brackets of one underlying, in registration order (a small array grown by doubling).</summary>
internal sealed class UnderlyingBrackets(uint underlyingId)
{
    private OpenBracket[] _items = new OpenBracket[4];

    /// <summary>Underlying instrument id.</summary>
    public uint UnderlyingId { get; } = underlyingId;

    /// <summary>Open brackets.</summary>
    public int Count { get; private set; }

    /// <summary>The bracket at an index (by reference, so it is updated in place).</summary>
    public ref OpenBracket this[int index] => ref _items[index];

    /// <summary>Appends a bracket (amortised: the array only grows while the open count reaches a new maximum).</summary>
    public void Add(in OpenBracket bracket)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = bracket;
    }

    /// <summary>Keeps the first <paramref name="count"/> brackets (the caller compacted the survivors to the front).</summary>
    public void Truncate(int count)
    {
        for (var i = count; i < Count; i++)
        {
            _items[i] = default;
        }

        Count = count;
    }
}
