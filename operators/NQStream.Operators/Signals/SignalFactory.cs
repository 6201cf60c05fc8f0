using NQStream.Operators.Options;

namespace NQStream.Operators.Signals;

/// <summary>
/// Assembles a <see cref="Signal"/> so that its id and rationale are always derived from the same fields
/// (<see cref="SignalId"/>, <see cref="SignalRationale"/>). Decision fields (EV, p, target, stop, size) are added
/// later with a <c>with</c> expression; they do not change the id.
/// </summary>
public static class SignalFactory
{
    /// <summary>Creates a flow or emergency signal.</summary>
    /// <param name="kind">What triggered it.</param>
    /// <param name="tsEvent"><c>ts_event</c> of the triggering record.</param>
    /// <param name="underlyingId">Underlying future.</param>
    /// <param name="instrumentId">Instrument (the future itself for an EMERGENCY).</param>
    /// <param name="rawSymbol">Raw symbol of the instrument.</param>
    /// <param name="direction">Direction.</param>
    /// <param name="confirmedClass">Confirmed class.</param>
    /// <param name="priority">Priority.</param>
    /// <param name="confidence">1 − q_value.</param>
    /// <param name="score">Score in [0, 1] (e.g. <c>mm_score</c>).</param>
    /// <param name="features">Triggering feature values, in order.</param>
    /// <param name="parameterSetId">Parameter-set id (<see cref="ParameterSetHash"/>).</param>
    public static Signal Create(SignalKind kind, long tsEvent, uint underlyingId, uint instrumentId, string rawSymbol, SignalDirection direction, RatioClass confirmedClass, SignalPriority priority, double confidence, double score, IReadOnlyList<SignalFeature> features, string parameterSetId)
    {
        ArgumentNullException.ThrowIfNull(rawSymbol);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(parameterSetId);
        for (var i = 0; i < features.Count; i++)
        {
            if (!double.IsFinite(features[i].Value))
            {
                throw new ArgumentOutOfRangeException(nameof(features), features[i].Value, $"feature '{features[i].Name}' of instrument {instrumentId} at ts_event {tsEvent} is not finite");
            }
        }

        if (!(confidence >= 0 && confidence <= 1) || !(score >= 0 && score <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), $"confidence and score must be in [0, 1] (got {confidence}, {score}) for instrument {instrumentId} at ts_event {tsEvent}");
        }

        var copy = new SignalFeature[features.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = features[i];
        }

        return new Signal
        {
            Id = SignalId.Compute(kind, instrumentId, tsEvent, copy, parameterSetId),
            TsEvent = tsEvent,
            UnderlyingId = underlyingId,
            InstrumentId = instrumentId,
            RawSymbol = rawSymbol,
            Kind = kind,
            Direction = direction,
            Class = confirmedClass,
            Priority = priority,
            Confidence = confidence,
            Score = score,
            Features = copy,
            Rationale = SignalRationale.Format(kind, direction, rawSymbol, confirmedClass, priority, copy),
            ParameterSetId = parameterSetId,
        };
    }
}
