using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Instruments;

/// <summary>
/// One version of an instrument definition (docs/algorithms.md §2.2), immutable. Prices stay 1e-9 fixed point
/// with point accessors; timestamps are UNIX-epoch ns. The underlying future is named by symbol here; its
/// instrument id is resolved by <see cref="InstrumentRegistry"/>, also when the future is defined later.
/// </summary>
public sealed record class Instrument
{
    /// <summary>Instrument id (<c>hd.instrument_id</c>).</summary>
    public required uint InstrumentId { get; init; }

    /// <summary>Raw symbol, e.g. <c>NQZ5 C21000</c> or <c>NQZ5</c>.</summary>
    public required string RawSymbol { get; init; }

    /// <summary>Call, put, future or other.</summary>
    public required InstrumentClass Class { get; init; }

    /// <summary>The definition's <c>instrument_class</c> byte (e.g. <c>S</c> for a future spread).</summary>
    public byte RawClass { get; init; }

    /// <summary>Root: the symbol's first token without month code and year digit (<c>Q1AZ5 C21000</c> → <c>Q1A</c>).</summary>
    public required string Root { get; init; }

    /// <summary>Product code (<c>asset</c>), e.g. <c>NQ</c>; weeklies may carry their own.</summary>
    public string Asset { get; init; } = "";

    /// <summary><c>security_type</c>: <c>OOF</c> option on future, <c>FUT</c> future.</summary>
    public string SecurityType { get; init; } = "";

    /// <summary>Expiry class from the root table or the date rule.</summary>
    public ExpiryClass ExpiryClass { get; init; }

    /// <summary>Strike, 1e-9 fixed point; <see cref="DbnConstants.UndefPrice"/> when not an option.</summary>
    public long StrikeRaw { get; init; } = DbnConstants.UndefPrice;

    /// <summary>Strike in index points; null when not an option.</summary>
    public double? Strike => FixedPoint.ToPoints(StrikeRaw);

    /// <summary>Last trading time, ns UTC; <see cref="long.MaxValue"/> when the definition has none (never expires).</summary>
    public long ExpirationNs { get; init; } = long.MaxValue;

    /// <summary>Listing time, ns UTC; <see cref="long.MinValue"/> when the definition has none.</summary>
    public long ActivationNs { get; init; } = long.MinValue;

    /// <summary>True when the definition carries an expiration.</summary>
    public bool HasExpiration => ExpirationNs != long.MaxValue;

    /// <summary>Symbol of the underlying (<c>underlying</c>), e.g. <c>NQZ5</c>; empty when none.</summary>
    public string UnderlyingSymbol { get; init; } = "";

    /// <summary>The definition's own <c>underlying_id</c>; 0 when absent. The registry's resolution by symbol wins.</summary>
    public uint UnderlyingIdField { get; init; }

    /// <summary>Dollars per point: <c>unit_of_measure_qty</c> × 1e-9 (CME), else the product default for its roots, else null.</summary>
    public double? Multiplier { get; init; }

    /// <summary><c>unit_of_measure</c>, e.g. <c>IPNT</c> (index points).</summary>
    public string UnitOfMeasure { get; init; } = "";

    /// <summary>Tick as a function of price.</summary>
    public TickRule Tick { get; init; }

    /// <summary>Add, modify or delete.</summary>
    public DefinitionAction Action { get; init; }

    /// <summary><c>ts_event</c> of the definition record.</summary>
    public ulong TsEvent { get; init; }

    /// <summary><c>ts_recv</c> of the definition record.</summary>
    public ulong TsRecv { get; init; }

    /// <summary>True for calls and puts.</summary>
    public bool IsOption => Class is InstrumentClass.Call or InstrumentClass.Put;

    /// <summary>False once a delete arrived for this version.</summary>
    public bool IsActive => Action != DefinitionAction.Delete;

    /// <summary>True when expired at <paramref name="tsEventNs"/> (ts_event ≥ expiration, docs/algorithms.md §0.3).</summary>
    public bool IsExpiredAt(long tsEventNs) => tsEventNs >= ExpirationNs;

    /// <summary>Builds the instrument from a (v3-upgraded) definition record with <paramref name="facts"/> as defaults.</summary>
    public static Instrument FromDefinition(in InstrumentDefMsg def, ContractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var raw = def.RawSymbolText();
        var cls = ClassOf(def.InstrumentClass);
        var (root, monthCode) = SymbolParts.RootAndMonth(raw, def.AssetText());
        var expiration = def.Expiration == DbnConstants.UndefTimestamp || def.Expiration > long.MaxValue ? long.MaxValue : (long)def.Expiration;
        var productRoot = facts.IsProductRoot(root);
        return new Instrument
        {
            InstrumentId = def.Hd.InstrumentId,
            RawSymbol = raw,
            Class = cls,
            RawClass = def.InstrumentClass,
            Root = root,
            Asset = def.AssetText(),
            SecurityType = DbnText.Read(def.SecurityType),
            ExpiryClass = ExpiryClassifier.Classify(root, monthCode, expiration, facts),
            StrikeRaw = cls is InstrumentClass.Call or InstrumentClass.Put ? def.StrikePrice : DbnConstants.UndefPrice,
            ExpirationNs = expiration,
            ActivationNs = def.Activation == DbnConstants.UndefTimestamp || def.Activation > long.MaxValue ? long.MinValue : (long)def.Activation,
            UnderlyingSymbol = def.UnderlyingText(),
            UnderlyingIdField = def.UnderlyingId == uint.MaxValue ? 0 : def.UnderlyingId,
            Multiplier = def.UnitOfMeasureQty != DbnConstants.UndefPrice && def.UnitOfMeasureQty > 0
                ? FixedPoint.ToPointsUnchecked(def.UnitOfMeasureQty)
                : productRoot ? facts.Multiplier : null,
            UnitOfMeasure = DbnText.Read(def.UnitOfMeasure),
            Tick = TickOf(def.MinPriceIncrement, cls, productRoot || string.Equals(DbnText.Read(def.UnitOfMeasure), IndexPoints, StringComparison.Ordinal), facts),
            Action = ActionOf(def.SecurityUpdateAction),
            TsEvent = def.Hd.TsEvent,
            TsRecv = def.TsRecv,
        };
    }

    /// <summary><c>unit_of_measure</c> of equity-index products (index points).</summary>
    public const string IndexPoints = "IPNT";

    private static InstrumentClass ClassOf(byte c) => c switch
    {
        (byte)'C' => InstrumentClass.Call,
        (byte)'P' => InstrumentClass.Put,
        (byte)'F' => InstrumentClass.Future,
        _ => InstrumentClass.Other,
    };

    private static DefinitionAction ActionOf(byte a) => a switch
    {
        (byte)'M' => DefinitionAction.Modify,
        (byte)'D' => DefinitionAction.Delete,
        _ => DefinitionAction.Add,
    };

    private static TickRule TickOf(long minIncrement, InstrumentClass cls, bool indexProduct, ContractFacts facts)
    {
        if (minIncrement != DbnConstants.UndefPrice && minIncrement > 0)
        {
            return TickRule.Fixed(minIncrement);
        }

        // UNDEF: CME equity-index options (the product's roots, or any IPNT product) have a variable tick, the same
        // 0.05/0.25 at 5.00 rule for NQ and ES. Other products with an UNDEF tick get none rather than a guess.
        return cls switch
        {
            InstrumentClass.Call or InstrumentClass.Put when indexProduct => facts.OptionTick,
            InstrumentClass.Future when indexProduct => TickRule.Fixed(facts.FuturesTickRaw),
            _ => TickRule.None,
        };
    }
}
