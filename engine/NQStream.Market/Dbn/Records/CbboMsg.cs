using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Consolidated BBO record. Layout: <see cref="Layout.DbnLayouts.Cbbo"/> (80 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 80)]
public struct CbboMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>price</c> (i64).</summary>
    [FieldOffset(16)] public long Price;

    /// <summary><c>size</c> (u32).</summary>
    [FieldOffset(24)] public uint Size;

    /// <summary><c>side</c> (char).</summary>
    [FieldOffset(29)] public byte Side;

    /// <summary><c>flags</c> (u8).</summary>
    [FieldOffset(30)] public byte Flags;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(32)] public ulong TsRecv;

    /// <summary>Top level.</summary>
    [FieldOffset(48)] public ConsolidatedBidAskPair Level0;

    /// <inheritdoc />
    public static int StructSize => 80;
}
