using System.Reactive.Subjects;

namespace NQStream.Core.Edges;

/// <summary>
/// An operator output exposed as <see cref="IObservable{T}"/>. Observers run synchronously on the
/// operator thread, so a slow observer slows the operator and, through the ring, the producer
/// (backpressure instead of an unbounded queue). Observe on another scheduler only with a bounded buffer.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ObservableOutput<T> : IOutput<T>, IObservable<T>, IDisposable
{
    private readonly Subject<T> _subject = new();
    private long _emitted;

    /// <inheritdoc />
    public long Emitted => Volatile.Read(ref _emitted);

    /// <inheritdoc />
    public void Emit(in T item)
    {
        Volatile.Write(ref _emitted, _emitted + 1);
        _subject.OnNext(item);
    }

    /// <inheritdoc />
    public void Complete() => _subject.OnCompleted();

    /// <summary>Ends the sequence with an error.</summary>
    public void Fault(Exception error) => _subject.OnError(error);

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<T> observer) => _subject.Subscribe(observer);

    /// <inheritdoc />
    public void Dispose() => _subject.Dispose();
}
