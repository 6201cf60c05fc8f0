namespace NQStream.Market.Chain;

/// <summary>CME NQ contract facts (algorithms.md §1).</summary>
public static class NqContract
{
    /// <summary>Multiplier M of NQ futures and NQ options: $20 per index point.</summary>
    public const double Multiplier = 20.0;
}
