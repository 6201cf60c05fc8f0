using NQStream.Operators;

namespace NQStream.Cli.Reference;

/// <summary>Collects low-rate operator outputs (blocks, buckets, bars) for a report.</summary>
internal sealed class ListSink<T> : IOperatorSink<T>
{
    public List<T> Items { get; } = [];

    public void Emit(in T item) => Items.Add(item);
}
