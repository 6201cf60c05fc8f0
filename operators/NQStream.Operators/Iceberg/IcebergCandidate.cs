namespace NQStream.Operators.Iceberg;

/// <summary>
/// One iceberg candidate record of docs/algorithms.md §4.7. A candidate is emitted twice: when it is confirmed
/// (<see cref="Status"/> = <see cref="IcebergStatus.Active"/>, <see cref="TsEvent"/> = <c>ts_event</c> of the
/// confirming record: the detection moment) and when it ends (<see cref="IsFinal"/>, status Done or Cancelled).
/// Candidates that never reach confirmation are not emitted.
/// </summary>
/// <remarks>
/// The chain's order ids are summarised by <see cref="FirstOrderId"/>, <see cref="LastOrderId"/> and
/// <see cref="Orders"/> so the record stays a value type; <see cref="IcebergDetector.TryGetCandidate"/> answers
/// whether a resting order belongs to a candidate.
/// </remarks>
public readonly record struct IcebergCandidate
{
    /// <summary>Stable id (same on the confirmation and the final record).</summary>
    public required IcebergCandidateId Id { get; init; }

    /// <summary><c>ts_event</c> of the record that produced this emission (ns); for an exhaustion, the end of the refill window.</summary>
    public required long TsEvent { get; init; }

    /// <summary>Instrument.</summary>
    public required uint InstrumentId { get; init; }

    /// <summary>Resting side of the iceberg: <c>B</c> bid (a hidden buyer) or <c>A</c> ask (a hidden seller).</summary>
    public required byte Side { get; init; }

    /// <summary>Price, 1e-9 fixed point.</summary>
    public required long PriceRaw { get; init; }

    /// <summary>Price in points (converted once through <c>FixedPoint</c>).</summary>
    public required double Price { get; init; }

    /// <summary>Native (exchange-managed) or synthetic (participant-managed).</summary>
    public required IcebergKind Kind { get; init; }

    /// <summary>Displayed size of the first clip (contracts).</summary>
    public required long ClipSize { get; init; }

    /// <summary>Refills seen so far (see <see cref="IcebergDetector"/> for how each kind counts them).</summary>
    public required int Refills { get; init; }

    /// <summary>Distinct order ids in the chain (1 for a native iceberg).</summary>
    public required int Orders { get; init; }

    /// <summary>Contracts filled across the chain's orders, from the first clip's first fill.</summary>
    public required long ExecutedQty { get; init; }

    /// <summary>Order id of the first clip.</summary>
    public required ulong FirstOrderId { get; init; }

    /// <summary>Order id of the latest clip.</summary>
    public required ulong LastOrderId { get; init; }

    /// <summary><c>ts_event</c> of the first fill (ns).</summary>
    public required long FirstTs { get; init; }

    /// <summary><c>ts_event</c> of the latest fill (ns).</summary>
    public required long LastTs { get; init; }

    /// <summary>Active on confirmation; Done or Cancelled on the final record.</summary>
    public required IcebergStatus Status { get; init; }

    /// <summary>Why it ended; <see cref="IcebergEndReason.None"/> on the confirmation record.</summary>
    public required IcebergEndReason EndReason { get; init; }

    /// <summary>True on the record that ends the candidate (nothing more follows for this <see cref="Id"/>).</summary>
    public bool IsFinal => Status != IcebergStatus.Active;
}
