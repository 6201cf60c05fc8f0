using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>One battle zone of a chain snapshot (<see cref="StoreSchema.BattleZones"/>); <see cref="SinkRow.Ts"/> is the as-of time.</summary>
public sealed record BattleZoneRow : SinkRow
{
    /// <summary>Underlying future, e.g. <c>NQZ6</c> (the source name when the snapshot has none).</summary>
    public required string Underlying { get; init; }

    /// <summary><c>CALL</c> or <c>PUT</c>.</summary>
    public required string Side { get; init; }

    /// <summary>Distance band, e.g. <c>IMMEDIATE</c>, <c>NEAR_TERM</c>.</summary>
    public required string Band { get; init; }

    /// <summary>1 = most $ at risk.</summary>
    public required long Rank { get; init; }

    /// <summary>Strike (points).</summary>
    public required double Strike { get; init; }

    /// <summary>$ at risk.</summary>
    public required double RiskUsd { get; init; }

    /// <summary>Open interest of the strike and side.</summary>
    public long OpenInterest { get; init; }

    /// <summary>Strike − underlying (points).</summary>
    public double DistancePts { get; init; } = double.NaN;

    /// <summary>Underlying price used.</summary>
    public double UnderlyingPrice { get; init; } = double.NaN;

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.BattleZones;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, Underlying);
        sink.Symbol(2, Side);
        sink.Symbol(3, Band);
        sink.Long(4, Rank);
        sink.Double(5, Strike);
        sink.Double(6, RiskUsd);
        sink.Long(7, OpenInterest);
        sink.Double(8, DistancePts);
        sink.Double(9, UnderlyingPrice);
    }
}
