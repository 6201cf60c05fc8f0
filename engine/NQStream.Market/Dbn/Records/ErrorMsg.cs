using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Gateway error message. Layout: <see cref="Layout.DbnLayouts.Error"/> (320 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 320)]
public struct ErrorMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>err</c>, NUL-padded ASCII (302 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(16)] public Cstr302 Err;

    /// <summary><c>code</c> (u8).</summary>
    [FieldOffset(318)] public byte Code;

    /// <summary><c>is_last</c> (u8).</summary>
    [FieldOffset(319)] public byte IsLast;

    /// <inheritdoc />
    public static int StructSize => 320;
}
