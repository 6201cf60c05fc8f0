using System.Runtime.CompilerServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Ten book levels of an MBP-10 record.</summary>
[InlineArray(10)]
public struct BidAskPairArray10
{
    private BidAskPair _element0;
}
