using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Gateway system message (heartbeats, acks). Layout: <see cref="Layout.DbnLayouts.System"/> (320 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 320)]
public struct SystemMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>msg</c>, NUL-padded ASCII (303 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(16)] public Cstr303 Msg;

    /// <summary><c>code</c> (u8).</summary>
    [FieldOffset(319)] public byte Code;

    /// <inheritdoc />
    public static int StructSize => 320;
}
