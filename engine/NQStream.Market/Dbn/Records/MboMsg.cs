using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Market-by-order event (rtype 0xA0). Layout: <see cref="Layout.DbnLayouts.Mbo"/> (56 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
public struct MboMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>order_id</c> (u64).</summary>
    [FieldOffset(16)] public ulong OrderId;

    /// <summary><c>price</c> (i64).</summary>
    [FieldOffset(24)] public long Price;

    /// <summary><c>size</c> (u32).</summary>
    [FieldOffset(32)] public uint Size;

    /// <summary><c>flags</c> (u8).</summary>
    [FieldOffset(36)] public byte Flags;

    /// <summary><c>channel_id</c> (u8).</summary>
    [FieldOffset(37)] public byte ChannelId;

    /// <summary><c>action</c> (char).</summary>
    [FieldOffset(38)] public byte Action;

    /// <summary><c>side</c> (char).</summary>
    [FieldOffset(39)] public byte Side;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(40)] public ulong TsRecv;

    /// <summary><c>ts_in_delta</c> (i32).</summary>
    [FieldOffset(48)] public int TsInDelta;

    /// <summary><c>sequence</c> (u32).</summary>
    [FieldOffset(52)] public uint Sequence;

    /// <inheritdoc />
    public static int StructSize => 56;
}
