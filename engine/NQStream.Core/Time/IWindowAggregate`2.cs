namespace NQStream.Core.Time;

/// <summary>Folds events into a window's accumulator, which starts as <c>default</c>. Implement on a struct.</summary>
/// <typeparam name="T">The event type.</typeparam>
/// <typeparam name="TAcc">The accumulator (plain data, so window state can be snapshotted).</typeparam>
public interface IWindowAggregate<T, TAcc>
{
    /// <summary>Adds <paramref name="evt"/> to <paramref name="accumulator"/>.</summary>
    void Add(ref TAcc accumulator, in T evt);
}
