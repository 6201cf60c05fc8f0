namespace NQStream.Core.Edges;

/// <summary>An output that keeps every item in order (replay checks, golden masters, small tools). Unbounded: not for live use.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class CollectingOutput<T> : IOutput<T>
{
    private readonly List<T> _items = [];

    /// <inheritdoc />
    public long Emitted => _items.Count;

    /// <summary>True after <see cref="Complete"/>.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The items, in emission order. Read after the producing operator stopped.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <inheritdoc />
    public void Emit(in T item) => _items.Add(item);

    /// <inheritdoc />
    public void Complete() => IsCompleted = true;
}
