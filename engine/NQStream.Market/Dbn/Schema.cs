namespace NQStream.Market.Dbn;

/// <summary>DBN schema ids (metadata <c>schema</c>; docs/dbn.md §5.4).</summary>
public enum Schema : ushort
{
    /// <summary>Market by order.</summary>
    Mbo = 0,
    /// <summary>Market by price, 1 level.</summary>
    Mbp1 = 1,
    /// <summary>Market by price, 10 levels.</summary>
    Mbp10 = 2,
    /// <summary>Trades with BBO before.</summary>
    Tbbo = 3,
    /// <summary>Trades.</summary>
    Trades = 4,
    /// <summary>OHLCV 1 second.</summary>
    Ohlcv1S = 5,
    /// <summary>OHLCV 1 minute.</summary>
    Ohlcv1M = 6,
    /// <summary>OHLCV 1 hour.</summary>
    Ohlcv1H = 7,
    /// <summary>OHLCV 1 day.</summary>
    Ohlcv1D = 8,
    /// <summary>Instrument definitions.</summary>
    Definition = 9,
    /// <summary>Statistics.</summary>
    Statistics = 10,
    /// <summary>Trading status.</summary>
    Status = 11,
    /// <summary>Imbalance.</summary>
    Imbalance = 12,
    /// <summary>OHLCV end of day.</summary>
    OhlcvEod = 13,
    /// <summary>Consolidated MBP-1.</summary>
    Cmbp1 = 14,
    /// <summary>Consolidated BBO 1 second.</summary>
    Cbbo1S = 15,
    /// <summary>Consolidated BBO 1 minute.</summary>
    Cbbo1M = 16,
    /// <summary>Trades with consolidated BBO.</summary>
    Tcbbo = 17,
    /// <summary>BBO 1 second.</summary>
    Bbo1S = 18,
    /// <summary>BBO 1 minute.</summary>
    Bbo1M = 19,
    /// <summary>None or mixed (live streams).</summary>
    Mixed = 0xFFFF,
}
