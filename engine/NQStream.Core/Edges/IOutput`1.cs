namespace NQStream.Core.Edges;

/// <summary>Where an operator sends what it produces: an Rx observable, a Dataflow sink, a collector.</summary>
/// <typeparam name="T">The item type.</typeparam>
public interface IOutput<T>
{
    /// <summary>Items accepted so far (delivered, buffered or spilled; never dropped ones).</summary>
    long Emitted { get; }

    /// <summary>Sends one item; called on the operator thread.</summary>
    void Emit(in T item);

    /// <summary>Signals that no more items will come.</summary>
    void Complete();
}
