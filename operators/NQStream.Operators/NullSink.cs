namespace NQStream.Operators;

/// <summary>A sink that discards every record (for callers that only read an operator's running state).</summary>
/// <typeparam name="T">The emitted record type.</typeparam>
public struct NullSink<T> : IOperatorSink<T>
{
    /// <inheritdoc />
    public readonly void Emit(in T item)
    {
    }
}
