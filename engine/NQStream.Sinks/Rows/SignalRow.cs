using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>A signal record (docs/algorithms.md §5.6) as the sinks store it; <see cref="SinkRow.Ts"/> is <c>ts_event</c>.</summary>
public sealed record SignalRow : SinkRow
{
    /// <summary>Deterministic id: hash of instrument, bucket start and emission sequence.</summary>
    public required string SignalId { get; init; }

    /// <summary>Underlying future, e.g. <c>NQZ5</c>.</summary>
    public required string Underlying { get; init; }

    /// <summary>Instrument id of the option.</summary>
    public required long InstrumentId { get; init; }

    /// <summary>Raw venue symbol, e.g. <c>NQZ5 C21000</c>.</summary>
    public required string RawSymbol { get; init; }

    /// <summary>Signal kind, e.g. <c>volume_ratio</c>, <c>emergency</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>bullish</c>, <c>bearish</c> or <c>neutral</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>Confirmed class (5.5), e.g. <c>VERY_HIGH</c>.</summary>
    public required string SignalClass { get; init; }

    /// <summary><c>IMMEDIATE</c>, <c>HIGH</c>, <c>MEDIUM</c> or <c>LOW</c>.</summary>
    public required string Priority { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = double.NaN;

    /// <summary>Quality score.</summary>
    public double Score { get; init; } = double.NaN;

    /// <summary>Expected value (points).</summary>
    public double ExpectedValue { get; init; } = double.NaN;

    /// <summary>Win probability.</summary>
    public double Probability { get; init; } = double.NaN;

    /// <summary>Target price (points).</summary>
    public double Target { get; init; } = double.NaN;

    /// <summary>Stop price (points).</summary>
    public double Stop { get; init; } = double.NaN;

    /// <summary>Position size in contracts.</summary>
    public long Size { get; init; }

    /// <summary>Feature values as a JSON object.</summary>
    public string? FeaturesJson { get; init; }

    /// <summary>Human-readable rationale (reason codes with context).</summary>
    public string? Rationale { get; init; }

    /// <summary>Id of the parameter set that produced the signal.</summary>
    public required string ParameterSetId { get; init; }

    /// <summary>Instrument id of the underlying future; 0 = not recorded (readers fall back to <see cref="Underlying"/>).</summary>
    public long UnderlyingId { get; init; }

    /// <summary>Start of the signal's ToD bucket (ns, §0.2); 0 = not recorded (readers derive it from <see cref="SinkRow.Ts"/>).</summary>
    public long BucketStart { get; init; }

    /// <summary>Raised from a <c>SUSPECT</c> book (§0.3): excluded from accuracy statistics.</summary>
    public bool Suspect { get; init; }

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.Signals;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, Underlying);
        sink.Symbol(2, RawSymbol);
        sink.Symbol(3, Kind);
        sink.Symbol(4, Direction);
        sink.Symbol(5, SignalClass);
        sink.Symbol(6, Priority);
        sink.Symbol(7, ParameterSetId);
        sink.Varchar(8, SignalId);
        sink.Long(9, InstrumentId);
        sink.Double(10, Confidence);
        sink.Double(11, Score);
        sink.Double(12, ExpectedValue);
        sink.Double(13, Probability);
        sink.Double(14, Target);
        sink.Double(15, Stop);
        sink.Long(16, Size);
        sink.Varchar(17, FeaturesJson);
        sink.Varchar(18, Rationale);
        sink.Long(19, UnderlyingId);
        sink.Long(20, BucketStart);
        sink.Boolean(21, Suspect);
    }
}
