namespace NQStream.Operators.Classification;

/// <summary>An inferred trade sign: +1 buyer-initiated, −1 seller-initiated, 0 unclassified.</summary>
/// <param name="Sign">+1, −1 or 0.</param>
/// <param name="Method">The rule that produced it.</param>
public readonly record struct TradeSign(int Sign, SignMethod Method)
{
    /// <summary>No sign.</summary>
    public static TradeSign Unclassified => new(0, SignMethod.None);
}
