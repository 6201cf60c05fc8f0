using static NQStream.Market.Dbn.Layout.FieldKind;

namespace NQStream.Market.Dbn.Layout;

/// <summary>
/// Layout tables for every DBN record struct in versions 1-3 (docs/dbn.md §3). A struct is chosen by
/// (version, rtype), never by rtype alone.
/// </summary>
public static partial class DbnLayouts
{
    private static FieldDef F(string name, int offset, FieldKind kind) => FieldDef.Of(name, offset, kind);

    private static FieldDef S(string name, int offset, int width) => FieldDef.Str(name, offset, width);

    /// <summary>MboMsg, 56 bytes, every version.</summary>
    public static readonly RecordLayout Mbo = new("MboMsg", 56,
    [
        F("order_id", 16, U64), F("price", 24, I64), F("size", 32, U32), F("flags", 36, U8),
        F("channel_id", 37, U8), F("action", 38, Chr), F("side", 39, Chr), F("ts_recv", 40, U64),
        F("ts_in_delta", 48, I32), F("sequence", 52, U32),
    ]);

    private static FieldDef[] MbpCommon(params FieldDef[] tail) =>
    [
        F("price", 16, I64), F("size", 24, U32), F("action", 28, Chr), F("side", 29, Chr), F("flags", 30, U8),
        F("depth", 31, U8), F("ts_recv", 32, U64), F("ts_in_delta", 40, I32), F("sequence", 44, U32), .. tail,
    ];

    /// <summary>TradeMsg, 48 bytes.</summary>
    public static readonly RecordLayout Trade = new("TradeMsg", 48, MbpCommon());

    /// <summary>Mbp1Msg (MBP-1, TBBO), 80 bytes.</summary>
    public static readonly RecordLayout Mbp1 = new("Mbp1Msg", 80, MbpCommon(new FieldDef("levels", 48, Levels, 32)));

    /// <summary>Mbp10Msg, 368 bytes.</summary>
    public static readonly RecordLayout Mbp10 = new("Mbp10Msg", 368, MbpCommon(new FieldDef("levels", 48, Levels, 320)));

    /// <summary>BboMsg (BBO-1s/1m), 80 bytes.</summary>
    public static readonly RecordLayout Bbo = new("BboMsg", 80,
    [
        F("price", 16, I64), F("size", 24, U32), F("side", 29, Chr), F("flags", 30, U8), F("ts_recv", 32, U64),
        F("sequence", 44, U32), new FieldDef("levels", 48, Levels, 32),
    ]);

    /// <summary>Cmbp1Msg (CMBP-1, TCBBO), 80 bytes.</summary>
    public static readonly RecordLayout Cmbp1 = new("Cmbp1Msg", 80,
    [
        F("price", 16, I64), F("size", 24, U32), F("action", 28, Chr), F("side", 29, Chr), F("flags", 30, U8),
        F("ts_recv", 32, U64), F("ts_in_delta", 40, I32), new FieldDef("levels", 48, ConsolidatedLevels, 32),
    ]);

    /// <summary>CbboMsg (CBBO-1s/1m), 80 bytes.</summary>
    public static readonly RecordLayout Cbbo = new("CbboMsg", 80,
    [
        F("price", 16, I64), F("size", 24, U32), F("side", 29, Chr), F("flags", 30, U8), F("ts_recv", 32, U64),
        new FieldDef("levels", 48, ConsolidatedLevels, 32),
    ]);

    /// <summary>OhlcvMsg, 56 bytes.</summary>
    public static readonly RecordLayout Ohlcv = new("OhlcvMsg", 56,
    [
        F("open", 16, I64), F("high", 24, I64), F("low", 32, I64), F("close", 40, I64), F("volume", 48, U64),
    ]);

    /// <summary>StatusMsg, 40 bytes.</summary>
    public static readonly RecordLayout Status = new("StatusMsg", 40,
    [
        F("ts_recv", 16, U64), F("action", 24, U16), F("reason", 26, U16), F("trading_event", 28, U16),
        F("is_trading", 30, Chr), F("is_quoting", 31, Chr), F("is_short_sell_restricted", 32, Chr),
    ]);

    /// <summary>ImbalanceMsg, 112 bytes.</summary>
    public static readonly RecordLayout Imbalance = new("ImbalanceMsg", 112,
    [
        F("ts_recv", 16, U64), F("ref_price", 24, I64), F("auction_time", 32, U64),
        F("cont_book_clr_price", 40, I64), F("auct_interest_clr_price", 48, I64), F("ssr_filling_price", 56, I64),
        F("ind_match_price", 64, I64), F("upper_collar", 72, I64), F("lower_collar", 80, I64),
        F("paired_qty", 88, U32), F("total_imbalance_qty", 92, U32), F("market_imbalance_qty", 96, U32),
        F("unpaired_qty", 100, U32), F("auction_type", 104, Chr), F("side", 105, Chr),
        F("auction_status", 106, U8), F("freeze_status", 107, U8), F("num_extensions", 108, U8),
        F("unpaired_side", 109, Chr), F("significant_imbalance", 110, Chr),
    ]);

    /// <summary>StatMsg (v3), 80 bytes.</summary>
    public static readonly RecordLayout Stat = new("StatMsg", 80,
    [
        F("ts_recv", 16, U64), F("ts_ref", 24, U64), F("price", 32, I64), F("quantity", 40, I64),
        F("sequence", 48, U32), F("ts_in_delta", 52, I32), F("stat_type", 56, U16), F("channel_id", 58, U16),
        F("update_action", 60, U8), F("stat_flags", 61, U8),
    ]);

    /// <summary>StatMsgV1 (v1 and v2), 64 bytes.</summary>
    public static readonly RecordLayout StatV1 = new("StatMsgV1", 64,
    [
        F("ts_recv", 16, U64), F("ts_ref", 24, U64), F("price", 32, I64), F("quantity", 40, I32),
        F("sequence", 44, U32), F("ts_in_delta", 48, I32), F("stat_type", 52, U16), F("channel_id", 54, U16),
        F("update_action", 56, U8), F("stat_flags", 57, U8),
    ]);

    /// <summary>SymbolMappingMsg (v3), 176 bytes.</summary>
    public static readonly RecordLayout SymbolMapping = new("SymbolMappingMsg", 176, SymbolMappingFields);

    /// <summary>SymbolMappingMsgV2, same layout as v3.</summary>
    public static readonly RecordLayout SymbolMappingV2 = new("SymbolMappingMsgV2", 176, SymbolMappingFields);

    private static FieldDef[] SymbolMappingFields =>
    [
        F("stype_in", 16, U8), S("stype_in_symbol", 17, 71), F("stype_out", 88, U8), S("stype_out_symbol", 89, 71),
        F("start_ts", 160, U64), F("end_ts", 168, U64),
    ];

    /// <summary>SymbolMappingMsgV1, 80 bytes.</summary>
    public static readonly RecordLayout SymbolMappingV1 = new("SymbolMappingMsgV1", 80,
    [
        S("stype_in_symbol", 16, 22), S("stype_out_symbol", 38, 22), F("start_ts", 64, U64), F("end_ts", 72, U64),
    ]);

    /// <summary>ErrorMsg (v3), 320 bytes.</summary>
    public static readonly RecordLayout Error = new("ErrorMsg", 320, [S("err", 16, 302), F("code", 318, U8), F("is_last", 319, U8)]);

    /// <summary>ErrorMsgV2, same layout as v3.</summary>
    public static readonly RecordLayout ErrorV2 = new("ErrorMsgV2", 320, [S("err", 16, 302), F("code", 318, U8), F("is_last", 319, U8)]);

    /// <summary>ErrorMsgV1, 80 bytes.</summary>
    public static readonly RecordLayout ErrorV1 = new("ErrorMsgV1", 80, [S("err", 16, 64)]);

    /// <summary>SystemMsg (v3), 320 bytes.</summary>
    public static readonly RecordLayout System = new("SystemMsg", 320, [S("msg", 16, 303), F("code", 319, U8)]);

    /// <summary>SystemMsgV2, same layout as v3.</summary>
    public static readonly RecordLayout SystemV2 = new("SystemMsgV2", 320, [S("msg", 16, 303), F("code", 319, U8)]);

    /// <summary>SystemMsgV1, 80 bytes.</summary>
    public static readonly RecordLayout SystemV1 = new("SystemMsgV1", 80, [S("msg", 16, 64)]);

    /// <summary>
    /// The layout for a record type in a DBN version, or null for an unknown rtype (which readers skip by
    /// its length).
    /// </summary>
    public static RecordLayout? For(byte rtype, int version) => rtype switch
    {
        RType.Mbo => Mbo,
        RType.Mbp0 => Trade,
        RType.Mbp1 => Mbp1,
        RType.Mbp10 => Mbp10,
        RType.Bbo1S or RType.Bbo1M => Bbo,
        RType.Cmbp1 or RType.Tcbbo => Cmbp1,
        RType.Cbbo1S or RType.Cbbo1M => Cbbo,
        RType.OhlcvDeprecated or RType.Ohlcv1S or RType.Ohlcv1M or RType.Ohlcv1H or RType.Ohlcv1D or RType.OhlcvEod => Ohlcv,
        RType.Status => Status,
        RType.Imbalance => Imbalance,
        RType.InstrumentDef => version switch { 1 => DefinitionV1, 2 => DefinitionV2, _ => Definition },
        RType.Statistics => version >= 3 ? Stat : StatV1,
        RType.SymbolMapping => version switch { 1 => SymbolMappingV1, 2 => SymbolMappingV2, _ => SymbolMapping },
        RType.Error => version switch { 1 => ErrorV1, 2 => ErrorV2, _ => Error },
        RType.System => version switch { 1 => SystemV1, 2 => SystemV2, _ => System },
        _ => null,
    };

    /// <summary>Every v3 layout, one per struct (for tests and the encoder's property test).</summary>
    public static IReadOnlyList<RecordLayout> AllV3 =>
        [Mbo, Trade, Mbp1, Mbp10, Bbo, Cmbp1, Cbbo, Ohlcv, Status, Imbalance, Stat, SymbolMapping, Error, System, Definition];
}
