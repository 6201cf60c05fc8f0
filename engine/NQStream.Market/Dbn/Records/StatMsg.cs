using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Statistics record (v3 layout). Layout: <see cref="Layout.DbnLayouts.Stat"/> (80 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 80)]
public struct StatMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(16)] public ulong TsRecv;

    /// <summary><c>ts_ref</c> (u64).</summary>
    [FieldOffset(24)] public ulong TsRef;

    /// <summary><c>price</c> (i64).</summary>
    [FieldOffset(32)] public long Price;

    /// <summary><c>quantity</c> (i64).</summary>
    [FieldOffset(40)] public long Quantity;

    /// <summary><c>sequence</c> (u32).</summary>
    [FieldOffset(48)] public uint Sequence;

    /// <summary><c>ts_in_delta</c> (i32).</summary>
    [FieldOffset(52)] public int TsInDelta;

    /// <summary><c>stat_type</c> (u16).</summary>
    [FieldOffset(56)] public ushort StatType;

    /// <summary><c>channel_id</c> (u16).</summary>
    [FieldOffset(58)] public ushort ChannelId;

    /// <summary><c>update_action</c> (u8).</summary>
    [FieldOffset(60)] public byte UpdateAction;

    /// <summary><c>stat_flags</c> (u8).</summary>
    [FieldOffset(61)] public byte StatFlags;

    /// <inheritdoc />
    public static int StructSize => 80;
}
