using System.Reactive.Subjects;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// The pipeline's signals as an <see cref="IObservable{T}"/> for embedding: pass it to <see cref="IfdPipeline"/> as the
/// sink (optionally wrapping another sink, which receives everything first), subscribe with Rx, and call
/// <see cref="Complete"/> after <see cref="IfdPipeline.Finish"/>. Observers run on the pipeline's thread, in emission
/// order; a slow observer slows the pipeline (hand work off with <c>ObserveOn</c> if needed).
/// </summary>
public sealed class SignalStream : IIfdSink, IObservable<Signal>, IDisposable
{
    private readonly Subject<Signal> _subject = new();
    private readonly IIfdSink? _inner;

    /// <summary>Creates the stream.</summary>
    /// <param name="inner">Sink that receives every output before observers see the signal; null for none.</param>
    public SignalStream(IIfdSink? inner = null) => _inner = inner;

    /// <inheritdoc />
    public void OnSignal(Signal signal, SignalContext context)
    {
        _inner?.OnSignal(signal, context);
        _subject.OnNext(signal);
    }

    /// <inheritdoc />
    public void OnOfiWindow(uint instrumentId, in OfiWindow window) => _inner?.OnOfiWindow(instrumentId, in window);

    /// <inheritdoc />
    public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window) => _inner?.OnFlowWindow(instrumentId, in window);

    /// <inheritdoc />
    public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol) => _inner?.OnUnderlyingWindow(in window, underlyingSymbol);

    /// <inheritdoc />
    public void OnBucketClose(in BucketRatio bucket) => _inner?.OnBucketClose(in bucket);

    /// <inheritdoc />
    public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol) => _inner?.OnOutcome(in outcome, underlyingSymbol);

    /// <summary>Ends the stream (observers get OnCompleted).</summary>
    public void Complete() => _subject.OnCompleted();

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<Signal> observer) => _subject.Subscribe(observer);

    /// <inheritdoc />
    public void Dispose() => _subject.Dispose();
}
