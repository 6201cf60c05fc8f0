namespace NQStream.Operators.Options;

/// <summary>Every operator parameter of docs/algorithms.md §9 with its documented default (<c>operators</c>).</summary>
public sealed class OperatorsOptions
{
    /// <summary>§0.3 shared edge-case policy.</summary>
    public SharedOptions Shared { get; init; } = new();

    /// <summary>§2.3 order book.</summary>
    public BookOptions Book { get; init; } = new();

    /// <summary>§2.4 aggressor event builder.</summary>
    public AggressorOptions Aggressor { get; init; } = new();

    /// <summary>§3 Black-76.</summary>
    public Black76Options Black76 { get; init; } = new();

    /// <summary>§4.1–4.3 OFI, aggressor imbalance, delta-weighted flow.</summary>
    public PressureOptions Pressure { get; init; } = new();

    /// <summary>§4.4 VPIN.</summary>
    public VpinOptions Vpin { get; init; } = new();

    /// <summary>§4.5 Kyle's lambda.</summary>
    public KyleOptions Kyle { get; init; } = new();

    /// <summary>§4.6 trade-sign fallbacks.</summary>
    public TradeSignOptions TradeSign { get; init; } = new();

    /// <summary>§4.7 iceberg detection.</summary>
    public IcebergOptions Iceberg { get; init; } = new();

    /// <summary>§5.1 institutional size filter.</summary>
    public SizeFilterOptions SizeFilter { get; init; } = new();

    /// <summary>§5.2 distance filter.</summary>
    public DistanceOptions Distance { get; init; } = new();

    /// <summary>§5.3 emergency detector.</summary>
    public EmergencyOptions Emergency { get; init; } = new();

    /// <summary>§5.4 volume ratio vs baseline.</summary>
    public BaselineOptions Baseline { get; init; } = new();

    /// <summary>§5.5 direction test and FDR.</summary>
    public ConfidenceOptions Confidence { get; init; } = new();

    /// <summary>§5.6 priority.</summary>
    public PriorityOptions Priority { get; init; } = new();

    /// <summary>§5.7 market making vs institutional score.</summary>
    public MmScoreOptions MmScore { get; init; } = new();

    /// <summary>§6.1 accuracy.</summary>
    public AccuracyOptions Accuracy { get; init; } = new();

    /// <summary>§6.2 expected value.</summary>
    public ExpectedValueOptions ExpectedValue { get; init; } = new();

    /// <summary>§6.2 quality score.</summary>
    public QualityOptions Quality { get; init; } = new();

    /// <summary>§6.2 position sizing.</summary>
    public SizingOptions Sizing { get; init; } = new();

    /// <summary>§7.2 GEX.</summary>
    public GexOptions Gex { get; init; } = new();

    /// <summary>§7.3 walls.</summary>
    public WallsOptions Walls { get; init; } = new();

    /// <summary>§7.4 battle zones.</summary>
    public BattleZonesOptions BattleZones { get; init; } = new();

    /// <summary>§7.5 positioning bias.</summary>
    public BiasOptions Bias { get; init; } = new();

    /// <summary>§10 the earlier system's volume/OI spike ("dead-simple").</summary>
    public VolumeOiSpikeOptions VolumeOiSpike { get; init; } = new();

    /// <summary>§10 the earlier system's positioning risk.</summary>
    public PositioningRiskOptions PositioningRisk { get; init; } = new();
}
