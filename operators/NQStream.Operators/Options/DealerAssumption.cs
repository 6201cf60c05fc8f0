namespace NQStream.Operators.Options;

/// <summary>Dealer position assumed for GEX (§7.2).</summary>
public enum DealerAssumption
{
    /// <summary>Dealers long calls, short puts (+1, −1).</summary>
    LongCallsShortPuts,

    /// <summary>Dealers short calls and puts (−1, −1).</summary>
    ShortCallsShortPuts,

    /// <summary>Signs from custom_call_sign and custom_put_sign.</summary>
    Custom,
}
