namespace NQStream.Operators;

/// <summary>
/// Receives the records an operator emits. Operators take the sink as a generic parameter
/// (<c>ref TSink</c>), so a struct sink is devirtualised and nothing is allocated per event.
/// </summary>
/// <typeparam name="T">The emitted record type.</typeparam>
public interface IOperatorSink<T>
{
    /// <summary>Called once per emitted record, in event order.</summary>
    void Emit(in T item);
}
