namespace NQStream.Market.Instruments;

/// <summary>Expiry class of an NQ series (docs/algorithms.md §1, §2.2): root table first, date rule as fallback.</summary>
public enum ExpiryClass : byte
{
    /// <summary>Neither the root table nor the date rule applies (no expiration); excluded from the baseline.</summary>
    Unknown = 0,
    /// <summary>Quarterly: root <c>NQ</c> with month H/M/U/Z, or the 3rd Friday of Mar/Jun/Sep/Dec at 08:30 CT.</summary>
    Quarterly = 1,
    /// <summary>Monthly: <c>QNE</c> (end of month), <c>QN3</c> (serial), <c>NQ</c> with a serial month.</summary>
    Monthly = 2,
    /// <summary>Weekly: <c>Q1A</c>–<c>Q5D</c>, <c>QN1</c>, <c>QN2</c>, <c>QN4</c>, or any other expiry.</summary>
    Weekly = 3,
}
