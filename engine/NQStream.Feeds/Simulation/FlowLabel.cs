namespace NQStream.Feeds.Simulation;

/// <summary>
/// Ground truth for one injected institutional event (one line of <c>labels.jsonl</c>). <see cref="TsEvent"/>
/// is the <c>ts_event</c> of its first aggressor record (liquidity the injector rests just before is not
/// part of it); <see cref="Delta"/> is 100·Σ s·q·Δ (the x100 unit of algorithms.md 5.3) signed by
/// <see cref="Side"/>'s owner: the aggressor for sweeps, blocks, shocks and emergencies, the resting
/// iceberg owner for icebergs.
/// </summary>
public sealed record FlowLabel
{
    /// <summary>Unique id: <c>sim-SEED-YYYYMMDD-NNNN</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Kind of flow.</summary>
    public required LabelKind Kind { get; init; }

    /// <summary>Trade date (YYYY-MM-DD).</summary>
    public required DateOnly TradeDate { get; init; }

    /// <summary><c>ts_event</c> of the first aggressor record (ns).</summary>
    public required ulong TsEvent { get; init; }

    /// <summary><c>ts_event</c> of the last aggressor record (ns).</summary>
    public required ulong TsEventLast { get; init; }

    /// <summary>Option traded; for an emergency, the underlying future (the detector groups by underlying).</summary>
    public required uint InstrumentId { get; init; }

    /// <summary>Raw symbol of <see cref="InstrumentId"/>.</summary>
    public required string RawSymbol { get; init; }

    /// <summary>Underlying future's instrument id.</summary>
    public required uint UnderlyingId { get; init; }

    /// <summary><c>B</c> buyer or <c>A</c> seller (see the type remarks for whose side).</summary>
    public required char Side { get; init; }

    /// <summary>Contracts executed.</summary>
    public required long Contracts { get; init; }

    /// <summary>20 · Σ price · quantity.</summary>
    public required double PremiumUsd { get; init; }

    /// <summary>Signed delta, x100 unit.</summary>
    public required double Delta { get; init; }

    /// <summary>Whether the future was made to drift in the delta direction afterwards.</summary>
    public required bool Informed { get; init; }

    /// <summary>Aggressor events that make up this flow.</summary>
    public required int Events { get; init; }

    /// <summary>Most price levels crossed by one of its aggressor events.</summary>
    public required int Levels { get; init; }

    /// <summary>Iceberg refills; 0 for other kinds.</summary>
    public int Refills { get; init; }

    /// <summary>Volume shock: expected normal contracts of the instrument in the bucket; 0 otherwise.</summary>
    public double NormalContracts { get; init; }

    /// <summary>Volume shock: (normal + injected) / normal; 0 otherwise.</summary>
    public double Multiplier { get; init; }

    /// <summary>Time-of-day bucket (0..45) of <see cref="TsEvent"/>.</summary>
    public required int TodBucket { get; init; }
}
