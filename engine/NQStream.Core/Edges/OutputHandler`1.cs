using NQStream.Core.Ring;

namespace NQStream.Core.Edges;

/// <summary>A graph operator that forwards every ring event to an output (the graph's edge to the outside world).</summary>
/// <typeparam name="T">The event type.</typeparam>
public struct OutputHandler<T> : IValueEventHandler<T>
    where T : unmanaged
{
    private readonly IOutput<T> _output;
    private readonly bool _completeOnShutdown;

    /// <summary>Creates the handler; the output is completed when the operator shuts down unless told otherwise.</summary>
    public OutputHandler(IOutput<T> output, bool completeOnShutdown = true)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _completeOnShutdown = completeOnShutdown;
    }

    /// <inheritdoc />
    public readonly void OnEvent(ref T evt, long sequence, bool endOfBatch) => _output.Emit(in evt);

    /// <inheritdoc />
    public readonly void OnShutdown()
    {
        if (_completeOnShutdown)
        {
            _output.Complete();
        }
    }
}
