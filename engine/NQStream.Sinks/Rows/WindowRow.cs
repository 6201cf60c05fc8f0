using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>A windowed operator output: pressure and volume ratio for one instrument and window.</summary>
public sealed record WindowRow : SinkRow
{
    /// <summary>Instrument id.</summary>
    public required long InstrumentId { get; init; }

    /// <summary>Raw venue symbol.</summary>
    public required string RawSymbol { get; init; }

    /// <summary>Window length label, e.g. <c>1m</c>, <c>5m</c>.</summary>
    public required string Window { get; init; }

    /// <summary>Flow pressure over the window.</summary>
    public double Pressure { get; init; } = double.NaN;

    /// <summary>Order-flow imbalance over the window.</summary>
    public double Ofi { get; init; } = double.NaN;

    /// <summary>Traded volume.</summary>
    public long Volume { get; init; }

    /// <summary>Buyer-initiated volume.</summary>
    public long BuyVolume { get; init; }

    /// <summary>Seller-initiated volume.</summary>
    public long SellVolume { get; init; }

    /// <summary>Volume / baseline median.</summary>
    public double VolumeRatio { get; init; } = double.NaN;

    /// <summary>Robust z of the volume.</summary>
    public double Z { get; init; } = double.NaN;

    /// <inheritdoc />
    public override TableSchema Table => StoreSchema.Windows;

    /// <inheritdoc />
    public override void WriteTo<TSink>(ref TSink sink)
    {
        sink.Timestamp(Ts);
        sink.Symbol(1, RawSymbol);
        sink.Symbol(2, Window);
        sink.Long(3, InstrumentId);
        sink.Double(4, Pressure);
        sink.Double(5, Ofi);
        sink.Long(6, Volume);
        sink.Long(7, BuyVolume);
        sink.Long(8, SellVolume);
        sink.Double(9, VolumeRatio);
        sink.Double(10, Z);
    }
}
