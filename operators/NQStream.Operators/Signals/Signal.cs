using NQStream.Operators.Options;

namespace NQStream.Operators.Signals;

/// <summary>
/// One emitted signal (docs/algorithms.md §5.6). Immutable; its <see cref="Id"/> is a hash of the data that
/// triggered it and of <see cref="ParameterSetId"/> (see <see cref="SignalId"/>), so a replay of the same input
/// under the same parameters yields the same ids — never a counter or a clock.
/// </summary>
public sealed record Signal
{
    /// <summary>Deterministic id (<see cref="SignalId.Compute"/>).</summary>
    public required string Id { get; init; }

    /// <summary><c>ts_event</c> of the record that raised the signal (ns since the UNIX epoch, UTC).</summary>
    public required long TsEvent { get; init; }

    /// <summary>Instrument id of the underlying future.</summary>
    public required uint UnderlyingId { get; init; }

    /// <summary>Instrument id of the option (for an EMERGENCY, the underlying future itself).</summary>
    public required uint InstrumentId { get; init; }

    /// <summary>Raw symbol of <see cref="InstrumentId"/>.</summary>
    public required string RawSymbol { get; init; }

    /// <summary>What raised it.</summary>
    public required SignalKind Kind { get; init; }

    /// <summary>Direction, sign of Σ s·q·Δ.</summary>
    public required SignalDirection Direction { get; init; }

    /// <summary>Confirmed class (§5.5).</summary>
    public required RatioClass Class { get; init; }

    /// <summary>Priority (§5.6).</summary>
    public required SignalPriority Priority { get; init; }

    /// <summary>1 − q_value, in [0, 1].</summary>
    public required double Confidence { get; init; }

    /// <summary>Market-making vs institutional score (§5.7) or the quality score, whichever the emitting operator documents; in [0, 1].</summary>
    public required double Score { get; init; }

    /// <summary>Net dollar delta of the triggering flow, Σ s·q·Δ·20 ($ per index point); orders the queue (§5.6).</summary>
    public double DollarDelta { get; init; }

    /// <summary>Expected value in index points (§6.2); null before a decision is made.</summary>
    public double? ExpectedValue { get; init; }

    /// <summary>Hit probability used for the EV; null before a decision is made.</summary>
    public double? Probability { get; init; }

    /// <summary>Target in index points; null before a decision is made.</summary>
    public double? Target { get; init; }

    /// <summary>Stop in index points; null before a decision is made.</summary>
    public double? Stop { get; init; }

    /// <summary>Position size in contracts; null before a decision is made.</summary>
    public int? Size { get; init; }

    /// <summary>Feature values in the order the operator wrote them.</summary>
    public required IReadOnlyList<SignalFeature> Features { get; init; }

    /// <summary>One-line human rationale naming what triggered the signal (<see cref="SignalRationale"/>).</summary>
    public required string Rationale { get; init; }

    /// <summary>Stable hash of the operator options used (<see cref="ParameterSetHash"/>).</summary>
    public required string ParameterSetId { get; init; }
}
