namespace NQStream.Market.Book;

/// <summary>Side of a resting order. The values are the DBN side bytes (docs/dbn.md §5.2).</summary>
public enum OrderSide : byte
{
    /// <summary>Ask / sell (<c>'A'</c>).</summary>
    Ask = (byte)'A',

    /// <summary>Bid / buy (<c>'B'</c>).</summary>
    Bid = (byte)'B',
}
