using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>One consolidated book level of a CMBP/CBBO record (32 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct ConsolidatedBidAskPair
{
    /// <summary>Bid price (1e-9).</summary>
    [FieldOffset(0)] public long BidPx;
    /// <summary>Ask price (1e-9).</summary>
    [FieldOffset(8)] public long AskPx;
    /// <summary>Bid size.</summary>
    [FieldOffset(16)] public uint BidSz;
    /// <summary>Ask size.</summary>
    [FieldOffset(20)] public uint AskSz;
    /// <summary>Publisher of the best bid.</summary>
    [FieldOffset(24)] public ushort BidPb;
    /// <summary>Publisher of the best ask.</summary>
    [FieldOffset(28)] public ushort AskPb;
}
