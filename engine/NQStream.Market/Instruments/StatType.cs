namespace NQStream.Market.Instruments;

/// <summary>The <c>stat_type</c> values the statistics book keeps (docs/dbn.md §5.8).</summary>
public static class StatType
{
    /// <summary>Settlement price; <c>stat_flags</c> say final/preliminary and actual/theoretical; <c>ts_ref</c> = trade date.</summary>
    public const ushort SettlementPrice = 3;

    /// <summary>Cleared volume (<c>quantity</c>).</summary>
    public const ushort ClearedVolume = 6;

    /// <summary>Open interest (<c>quantity</c>); <c>ts_ref</c> = the trade date it refers to.</summary>
    public const ushort OpenInterest = 9;

    /// <summary><c>update_action</c>: new value.</summary>
    public const byte ActionNew = 1;

    /// <summary><c>update_action</c>: delete the value.</summary>
    public const byte ActionDelete = 2;

    /// <summary>CME settlement flag (MDP 3.0 SettlPriceType bit 0): final; clear = preliminary.</summary>
    public const byte SettlementFinal = 0x01;

    /// <summary>CME settlement flag (bit 1): actual; clear = theoretical.</summary>
    public const byte SettlementActual = 0x02;

    /// <summary>CME settlement flag (bit 7): the flags carry no value.</summary>
    public const byte SettlementFlagsNull = 0x80;
}
