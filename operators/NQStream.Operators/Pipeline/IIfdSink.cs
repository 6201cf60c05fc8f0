using NQStream.Operators.Evaluation;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// Where the <see cref="IfdPipeline"/> delivers its outputs. Called on the pipeline's thread, in the order the
/// input determines (deterministic); implementations hand the values on (store rows, metrics, observers) and must
/// not block for long.
/// </summary>
public interface IIfdSink
{
    /// <summary>A signal (flow, volume shock, iceberg or emergency) with its decision fields filled.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="context">What the signal was raised on (underlying symbol, F, bucket, flags).</param>
    void OnSignal(Signal signal, SignalContext context);

    /// <summary>A closed OFI window of one instrument (§4.1).</summary>
    /// <param name="instrumentId">Instrument.</param>
    /// <param name="window">The window.</param>
    void OnOfiWindow(uint instrumentId, in OfiWindow window);

    /// <summary>A closed aggressor-imbalance window of one instrument (§4.2).</summary>
    /// <param name="instrumentId">Instrument.</param>
    /// <param name="window">The window.</param>
    void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window);

    /// <summary>A closed delta-weighted flow window of one underlying future (§4.3), any configured window length.</summary>
    /// <param name="window">The window (<see cref="DeltaFlowWindow.Key"/> is the underlying's instrument id).</param>
    /// <param name="underlyingSymbol">Raw symbol of the underlying future.</param>
    void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol);

    /// <summary>An instrument's volume ratio at the close of a ToD bucket (§5.4 final record), when it had a cell.</summary>
    /// <param name="bucket">The bucket's final numbers.</param>
    void OnBucketClose(in BucketRatio bucket);

    /// <summary>A directional signal's §6.1 bracket resolved (hit, miss, timeout; unresolved at the end of the data).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="underlyingSymbol">Raw symbol of the underlying future.</param>
    void OnOutcome(in BracketOutcome outcome, string underlyingSymbol);
}
