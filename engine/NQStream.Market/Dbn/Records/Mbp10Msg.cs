using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>MBP-10 record. Layout: <see cref="Layout.DbnLayouts.Mbp10"/> (368 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 368)]
public struct Mbp10Msg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>price</c> (i64).</summary>
    [FieldOffset(16)] public long Price;

    /// <summary><c>size</c> (u32).</summary>
    [FieldOffset(24)] public uint Size;

    /// <summary><c>action</c> (char).</summary>
    [FieldOffset(28)] public byte Action;

    /// <summary><c>side</c> (char).</summary>
    [FieldOffset(29)] public byte Side;

    /// <summary><c>flags</c> (u8).</summary>
    [FieldOffset(30)] public byte Flags;

    /// <summary><c>depth</c> (u8).</summary>
    [FieldOffset(31)] public byte Depth;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(32)] public ulong TsRecv;

    /// <summary><c>ts_in_delta</c> (i32).</summary>
    [FieldOffset(40)] public int TsInDelta;

    /// <summary><c>sequence</c> (u32).</summary>
    [FieldOffset(44)] public uint Sequence;

    /// <summary>10 book levels.</summary>
    [FieldOffset(48)] public BidAskPairArray10 Levels;

    /// <inheritdoc />
    public static int StructSize => 368;
}
