namespace NQStream.Operators.Tests;

/// <summary>Collects emitted records for assertions.</summary>
internal sealed class CollectingSink<T> : IOperatorSink<T>
{
    public List<T> Items { get; } = [];

    public void Emit(in T item) => Items.Add(item);
}
