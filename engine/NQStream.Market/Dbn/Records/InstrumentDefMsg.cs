using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Instrument definition (v3 layout). Layout: <see cref="Layout.DbnLayouts.Definition"/> (520 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 520)]
public struct InstrumentDefMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(16)] public ulong TsRecv;

    /// <summary><c>min_price_increment</c> (i64).</summary>
    [FieldOffset(24)] public long MinPriceIncrement;

    /// <summary><c>display_factor</c> (i64).</summary>
    [FieldOffset(32)] public long DisplayFactor;

    /// <summary><c>expiration</c> (u64).</summary>
    [FieldOffset(40)] public ulong Expiration;

    /// <summary><c>activation</c> (u64).</summary>
    [FieldOffset(48)] public ulong Activation;

    /// <summary><c>high_limit_price</c> (i64).</summary>
    [FieldOffset(56)] public long HighLimitPrice;

    /// <summary><c>low_limit_price</c> (i64).</summary>
    [FieldOffset(64)] public long LowLimitPrice;

    /// <summary><c>max_price_variation</c> (i64).</summary>
    [FieldOffset(72)] public long MaxPriceVariation;

    /// <summary><c>unit_of_measure_qty</c> (i64).</summary>
    [FieldOffset(80)] public long UnitOfMeasureQty;

    /// <summary><c>min_price_increment_amount</c> (i64).</summary>
    [FieldOffset(88)] public long MinPriceIncrementAmount;

    /// <summary><c>price_ratio</c> (i64).</summary>
    [FieldOffset(96)] public long PriceRatio;

    /// <summary><c>strike_price</c> (i64).</summary>
    [FieldOffset(104)] public long StrikePrice;

    /// <summary><c>raw_instrument_id</c> (u64).</summary>
    [FieldOffset(112)] public ulong RawInstrumentId;

    /// <summary><c>leg_price</c> (i64).</summary>
    [FieldOffset(120)] public long LegPrice;

    /// <summary><c>leg_delta</c> (i64).</summary>
    [FieldOffset(128)] public long LegDelta;

    /// <summary><c>inst_attrib_value</c> (i32).</summary>
    [FieldOffset(136)] public int InstAttribValue;

    /// <summary><c>underlying_id</c> (u32).</summary>
    [FieldOffset(140)] public uint UnderlyingId;

    /// <summary><c>market_depth_implied</c> (i32).</summary>
    [FieldOffset(144)] public int MarketDepthImplied;

    /// <summary><c>market_depth</c> (i32).</summary>
    [FieldOffset(148)] public int MarketDepth;

    /// <summary><c>market_segment_id</c> (u32).</summary>
    [FieldOffset(152)] public uint MarketSegmentId;

    /// <summary><c>max_trade_vol</c> (u32).</summary>
    [FieldOffset(156)] public uint MaxTradeVol;

    /// <summary><c>min_lot_size</c> (i32).</summary>
    [FieldOffset(160)] public int MinLotSize;

    /// <summary><c>min_lot_size_block</c> (i32).</summary>
    [FieldOffset(164)] public int MinLotSizeBlock;

    /// <summary><c>min_lot_size_round_lot</c> (i32).</summary>
    [FieldOffset(168)] public int MinLotSizeRoundLot;

    /// <summary><c>min_trade_vol</c> (u32).</summary>
    [FieldOffset(172)] public uint MinTradeVol;

    /// <summary><c>contract_multiplier</c> (i32).</summary>
    [FieldOffset(176)] public int ContractMultiplier;

    /// <summary><c>decay_quantity</c> (i32).</summary>
    [FieldOffset(180)] public int DecayQuantity;

    /// <summary><c>original_contract_size</c> (i32).</summary>
    [FieldOffset(184)] public int OriginalContractSize;

    /// <summary><c>leg_instrument_id</c> (u32).</summary>
    [FieldOffset(188)] public uint LegInstrumentId;

    /// <summary><c>leg_ratio_price_numerator</c> (i32).</summary>
    [FieldOffset(192)] public int LegRatioPriceNumerator;

    /// <summary><c>leg_ratio_price_denominator</c> (i32).</summary>
    [FieldOffset(196)] public int LegRatioPriceDenominator;

    /// <summary><c>leg_ratio_qty_numerator</c> (i32).</summary>
    [FieldOffset(200)] public int LegRatioQtyNumerator;

    /// <summary><c>leg_ratio_qty_denominator</c> (i32).</summary>
    [FieldOffset(204)] public int LegRatioQtyDenominator;

    /// <summary><c>leg_underlying_id</c> (u32).</summary>
    [FieldOffset(208)] public uint LegUnderlyingId;

    /// <summary><c>appl_id</c> (i16).</summary>
    [FieldOffset(212)] public short ApplId;

    /// <summary><c>maturity_year</c> (u16).</summary>
    [FieldOffset(214)] public ushort MaturityYear;

    /// <summary><c>decay_start_date</c> (u16).</summary>
    [FieldOffset(216)] public ushort DecayStartDate;

    /// <summary><c>channel_id</c> (u16).</summary>
    [FieldOffset(218)] public ushort ChannelId;

    /// <summary><c>leg_count</c> (u16).</summary>
    [FieldOffset(220)] public ushort LegCount;

    /// <summary><c>leg_index</c> (u16).</summary>
    [FieldOffset(222)] public ushort LegIndex;

    /// <summary><c>currency</c>, NUL-padded ASCII (4 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(224)] public Cstr4 Currency;

    /// <summary><c>settl_currency</c>, NUL-padded ASCII (4 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(228)] public Cstr4 SettlCurrency;

    /// <summary><c>secsubtype</c>, NUL-padded ASCII (6 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(232)] public Cstr6 Secsubtype;

    /// <summary><c>raw_symbol</c>, NUL-padded ASCII (71 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(238)] public Cstr71 RawSymbol;

    /// <summary><c>group</c>, NUL-padded ASCII (21 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(309)] public Cstr21 Group;

    /// <summary><c>exchange</c>, NUL-padded ASCII (5 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(330)] public Cstr5 Exchange;

    /// <summary><c>asset</c>, NUL-padded ASCII (11 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(335)] public Cstr11 Asset;

    /// <summary><c>cfi</c>, NUL-padded ASCII (7 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(346)] public Cstr7 Cfi;

    /// <summary><c>security_type</c>, NUL-padded ASCII (7 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(353)] public Cstr7 SecurityType;

    /// <summary><c>unit_of_measure</c>, NUL-padded ASCII (31 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(360)] public Cstr31 UnitOfMeasure;

    /// <summary><c>underlying</c>, NUL-padded ASCII (21 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(391)] public Cstr21 Underlying;

    /// <summary><c>strike_price_currency</c>, NUL-padded ASCII (4 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(412)] public Cstr4 StrikePriceCurrency;

    /// <summary><c>leg_raw_symbol</c>, NUL-padded ASCII (71 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(416)] public Cstr71 LegRawSymbol;

    /// <summary><c>instrument_class</c> (char).</summary>
    [FieldOffset(487)] public byte InstrumentClass;

    /// <summary><c>match_algorithm</c> (char).</summary>
    [FieldOffset(488)] public byte MatchAlgorithm;

    /// <summary><c>main_fraction</c> (u8).</summary>
    [FieldOffset(489)] public byte MainFraction;

    /// <summary><c>price_display_format</c> (u8).</summary>
    [FieldOffset(490)] public byte PriceDisplayFormat;

    /// <summary><c>sub_fraction</c> (u8).</summary>
    [FieldOffset(491)] public byte SubFraction;

    /// <summary><c>underlying_product</c> (u8).</summary>
    [FieldOffset(492)] public byte UnderlyingProduct;

    /// <summary><c>security_update_action</c> (char).</summary>
    [FieldOffset(493)] public byte SecurityUpdateAction;

    /// <summary><c>maturity_month</c> (u8).</summary>
    [FieldOffset(494)] public byte MaturityMonth;

    /// <summary><c>maturity_day</c> (u8).</summary>
    [FieldOffset(495)] public byte MaturityDay;

    /// <summary><c>maturity_week</c> (u8).</summary>
    [FieldOffset(496)] public byte MaturityWeek;

    /// <summary><c>user_defined_instrument</c> (char).</summary>
    [FieldOffset(497)] public byte UserDefinedInstrument;

    /// <summary><c>contract_multiplier_unit</c> (i8).</summary>
    [FieldOffset(498)] public sbyte ContractMultiplierUnit;

    /// <summary><c>flow_schedule_type</c> (i8).</summary>
    [FieldOffset(499)] public sbyte FlowScheduleType;

    /// <summary><c>tick_rule</c> (u8).</summary>
    [FieldOffset(500)] public byte TickRule;

    /// <summary><c>leg_instrument_class</c> (char).</summary>
    [FieldOffset(501)] public byte LegInstrumentClass;

    /// <summary><c>leg_side</c> (char).</summary>
    [FieldOffset(502)] public byte LegSide;

    /// <inheritdoc />
    public static int StructSize => 520;
}
