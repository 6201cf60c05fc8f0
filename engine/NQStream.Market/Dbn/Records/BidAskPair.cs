using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>One book level of an MBP/BBO record (32 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct BidAskPair
{
    /// <summary>Bid price (1e-9).</summary>
    [FieldOffset(0)] public long BidPx;
    /// <summary>Ask price (1e-9).</summary>
    [FieldOffset(8)] public long AskPx;
    /// <summary>Bid size.</summary>
    [FieldOffset(16)] public uint BidSz;
    /// <summary>Ask size.</summary>
    [FieldOffset(20)] public uint AskSz;
    /// <summary>Bid order count.</summary>
    [FieldOffset(24)] public uint BidCt;
    /// <summary>Ask order count.</summary>
    [FieldOffset(28)] public uint AskCt;
}
