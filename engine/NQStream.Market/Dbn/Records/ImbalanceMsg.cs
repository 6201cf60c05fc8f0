using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Auction imbalance record. Layout: <see cref="Layout.DbnLayouts.Imbalance"/> (112 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 112)]
public struct ImbalanceMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(16)] public ulong TsRecv;

    /// <summary><c>ref_price</c> (i64).</summary>
    [FieldOffset(24)] public long RefPrice;

    /// <summary><c>auction_time</c> (u64).</summary>
    [FieldOffset(32)] public ulong AuctionTime;

    /// <summary><c>cont_book_clr_price</c> (i64).</summary>
    [FieldOffset(40)] public long ContBookClrPrice;

    /// <summary><c>auct_interest_clr_price</c> (i64).</summary>
    [FieldOffset(48)] public long AuctInterestClrPrice;

    /// <summary><c>ssr_filling_price</c> (i64).</summary>
    [FieldOffset(56)] public long SsrFillingPrice;

    /// <summary><c>ind_match_price</c> (i64).</summary>
    [FieldOffset(64)] public long IndMatchPrice;

    /// <summary><c>upper_collar</c> (i64).</summary>
    [FieldOffset(72)] public long UpperCollar;

    /// <summary><c>lower_collar</c> (i64).</summary>
    [FieldOffset(80)] public long LowerCollar;

    /// <summary><c>paired_qty</c> (u32).</summary>
    [FieldOffset(88)] public uint PairedQty;

    /// <summary><c>total_imbalance_qty</c> (u32).</summary>
    [FieldOffset(92)] public uint TotalImbalanceQty;

    /// <summary><c>market_imbalance_qty</c> (u32).</summary>
    [FieldOffset(96)] public uint MarketImbalanceQty;

    /// <summary><c>unpaired_qty</c> (u32).</summary>
    [FieldOffset(100)] public uint UnpairedQty;

    /// <summary><c>auction_type</c> (char).</summary>
    [FieldOffset(104)] public byte AuctionType;

    /// <summary><c>side</c> (char).</summary>
    [FieldOffset(105)] public byte Side;

    /// <summary><c>auction_status</c> (u8).</summary>
    [FieldOffset(106)] public byte AuctionStatus;

    /// <summary><c>freeze_status</c> (u8).</summary>
    [FieldOffset(107)] public byte FreezeStatus;

    /// <summary><c>num_extensions</c> (u8).</summary>
    [FieldOffset(108)] public byte NumExtensions;

    /// <summary><c>unpaired_side</c> (char).</summary>
    [FieldOffset(109)] public byte UnpairedSide;

    /// <summary><c>significant_imbalance</c> (char).</summary>
    [FieldOffset(110)] public byte SignificantImbalance;

    /// <inheritdoc />
    public static int StructSize => 112;
}
