using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Symbol mapping (live gateway). Layout: <see cref="Layout.DbnLayouts.SymbolMapping"/> (176 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 176)]
public struct SymbolMappingMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>stype_in</c> (u8).</summary>
    [FieldOffset(16)] public byte StypeIn;

    /// <summary><c>stype_in_symbol</c>, NUL-padded ASCII (71 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(17)] public Cstr71 StypeInSymbol;

    /// <summary><c>stype_out</c> (u8).</summary>
    [FieldOffset(88)] public byte StypeOut;

    /// <summary><c>stype_out_symbol</c>, NUL-padded ASCII (71 bytes); see <see cref="DbnText"/>.</summary>
    [FieldOffset(89)] public Cstr71 StypeOutSymbol;

    /// <summary><c>start_ts</c> (u64).</summary>
    [FieldOffset(160)] public ulong StartTs;

    /// <summary><c>end_ts</c> (u64).</summary>
    [FieldOffset(168)] public ulong EndTs;

    /// <inheritdoc />
    public static int StructSize => 176;
}
