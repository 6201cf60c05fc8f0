namespace NQStream.Core.Ring;

/// <summary>
/// A consumer of ring events. Implement it on a struct and pass the struct as a generic argument, so
/// the JIT devirtualises and inlines <see cref="OnEvent"/>.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
public interface IValueEventHandler<T>
    where T : unmanaged
{
    /// <summary>Handles one event in place. <paramref name="endOfBatch"/> is true on the last event currently available.</summary>
    void OnEvent(ref T evt, long sequence, bool endOfBatch);

    /// <summary>Called once on the processor thread before the first event.</summary>
    void OnStart()
    {
    }

    /// <summary>Called once on the processor thread after the last event (shutdown or halt).</summary>
    void OnShutdown()
    {
    }
}
