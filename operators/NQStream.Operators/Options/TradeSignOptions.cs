namespace NQStream.Operators.Options;

/// <summary>Trade-sign fallbacks (§4.6, <c>operators.trade_sign</c>).</summary>
public sealed class TradeSignOptions
{
    /// <summary>How prints without an aggressor are signed; none in production.</summary>
    public ClassifyUnknown ClassifyUnknown { get; init; } = ClassifyUnknown.None;
}
