namespace NQStream.Market.Dbn;

/// <summary>DBN record types (<c>hd.rtype</c>), from databento/dbn <c>enums.rs</c>.</summary>
public static class RType
{
    /// <summary>Trade (MBP-0).</summary>
    public const byte Mbp0 = 0x00;
    /// <summary>MBP-1 / TBBO.</summary>
    public const byte Mbp1 = 0x01;
    /// <summary>MBP-10.</summary>
    public const byte Mbp10 = 0x0A;
    /// <summary>Deprecated OHLCV (old files only).</summary>
    public const byte OhlcvDeprecated = 0x11;
    /// <summary>Trading status.</summary>
    public const byte Status = 0x12;
    /// <summary>Instrument definition.</summary>
    public const byte InstrumentDef = 0x13;
    /// <summary>Auction imbalance.</summary>
    public const byte Imbalance = 0x14;
    /// <summary>Gateway error.</summary>
    public const byte Error = 0x15;
    /// <summary>Symbol mapping.</summary>
    public const byte SymbolMapping = 0x16;
    /// <summary>Gateway system message (heartbeats, acks).</summary>
    public const byte System = 0x17;
    /// <summary>Statistics.</summary>
    public const byte Statistics = 0x18;
    /// <summary>OHLCV 1 second.</summary>
    public const byte Ohlcv1S = 0x20;
    /// <summary>OHLCV 1 minute.</summary>
    public const byte Ohlcv1M = 0x21;
    /// <summary>OHLCV 1 hour.</summary>
    public const byte Ohlcv1H = 0x22;
    /// <summary>OHLCV 1 day.</summary>
    public const byte Ohlcv1D = 0x23;
    /// <summary>OHLCV end of day.</summary>
    public const byte OhlcvEod = 0x24;
    /// <summary>Market by order.</summary>
    public const byte Mbo = 0xA0;
    /// <summary>Consolidated MBP-1.</summary>
    public const byte Cmbp1 = 0xB1;
    /// <summary>Consolidated BBO 1 second.</summary>
    public const byte Cbbo1S = 0xC0;
    /// <summary>Consolidated BBO 1 minute.</summary>
    public const byte Cbbo1M = 0xC1;
    /// <summary>Trade with consolidated BBO.</summary>
    public const byte Tcbbo = 0xC2;
    /// <summary>BBO 1 second.</summary>
    public const byte Bbo1S = 0xC3;
    /// <summary>BBO 1 minute.</summary>
    public const byte Bbo1M = 0xC4;

    /// <summary>Databento's name for an rtype, e.g. <c>MBO</c>, <c>OHLCV_1S</c>; <c>0xNN</c> when unknown.</summary>
    public static string Name(byte rtype) => rtype switch
    {
        Mbp0 => "MBP_0",
        Mbp1 => "MBP_1",
        Mbp10 => "MBP_10",
        OhlcvDeprecated => "OHLCV_DEPRECATED",
        Status => "STATUS",
        InstrumentDef => "INSTRUMENT_DEF",
        Imbalance => "IMBALANCE",
        Error => "ERROR",
        SymbolMapping => "SYMBOL_MAPPING",
        System => "SYSTEM",
        Statistics => "STATISTICS",
        Ohlcv1S => "OHLCV_1S",
        Ohlcv1M => "OHLCV_1M",
        Ohlcv1H => "OHLCV_1H",
        Ohlcv1D => "OHLCV_1D",
        OhlcvEod => "OHLCV_EOD",
        Mbo => "MBO",
        Cmbp1 => "CMBP_1",
        Cbbo1S => "CBBO_1S",
        Cbbo1M => "CBBO_1M",
        Tcbbo => "TCBBO",
        Bbo1S => "BBO_1S",
        Bbo1M => "BBO_1M",
        _ => $"0x{rtype:X2}",
    };
}
