namespace NQStream.Core.Ring;

/// <summary>
/// Adapts an operator implemented as a class (state with collections, shared stats) to the struct
/// handler slot of a processor. One interface call per event; use plain struct handlers on the hottest paths.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
/// <typeparam name="TOperator">The operator class.</typeparam>
public readonly struct ClassHandler<T, TOperator> : IValueEventHandler<T>
    where T : unmanaged
    where TOperator : class, IValueEventHandler<T>
{
    /// <summary>Wraps <paramref name="op"/>.</summary>
    public ClassHandler(TOperator op) => Operator = op ?? throw new ArgumentNullException(nameof(op));

    /// <summary>The wrapped operator.</summary>
    public TOperator Operator { get; }

    /// <inheritdoc />
    public void OnEvent(ref T evt, long sequence, bool endOfBatch) => Operator.OnEvent(ref evt, sequence, endOfBatch);

    /// <inheritdoc />
    public void OnStart() => Operator.OnStart();

    /// <inheritdoc />
    public void OnShutdown() => Operator.OnShutdown();
}
