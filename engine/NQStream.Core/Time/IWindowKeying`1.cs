namespace NQStream.Core.Time;

/// <summary>Selects the window key (e.g. the instrument id) and the source of an event. Implement on a struct.</summary>
/// <typeparam name="T">The event type.</typeparam>
public interface IWindowKeying<T>
{
    /// <summary>The key the event is windowed by.</summary>
    long KeyOf(in T evt);

    /// <summary>The source (0..sources-1) whose watermark the event advances.</summary>
    int SourceOf(in T evt);
}
