namespace NQStream.Market.Pricing;

/// <summary>Option right.</summary>
public enum OptionType : byte
{
    /// <summary>Call: the right to buy the future at the strike.</summary>
    Call = 0,

    /// <summary>Put: the right to sell the future at the strike.</summary>
    Put = 1,
}
