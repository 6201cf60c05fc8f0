namespace NQStream.Operators.Classification;

/// <summary>Which rule produced a trade sign (§4.6 output <c>method</c>).</summary>
public enum SignMethod : byte
{
    /// <summary>No rule could sign the trade.</summary>
    None = 0,

    /// <summary>Quote rule: price against the mid before the trade.</summary>
    Quote = 1,

    /// <summary>Tick rule: price against the previous trade price.</summary>
    Tick = 2,
}
