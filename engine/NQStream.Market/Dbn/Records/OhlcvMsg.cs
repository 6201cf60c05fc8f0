using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>OHLCV bar (ts_event = bar open). Layout: <see cref="Layout.DbnLayouts.Ohlcv"/> (56 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
public struct OhlcvMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>open</c> (i64).</summary>
    [FieldOffset(16)] public long Open;

    /// <summary><c>high</c> (i64).</summary>
    [FieldOffset(24)] public long High;

    /// <summary><c>low</c> (i64).</summary>
    [FieldOffset(32)] public long Low;

    /// <summary><c>close</c> (i64).</summary>
    [FieldOffset(40)] public long Close;

    /// <summary><c>volume</c> (u64).</summary>
    [FieldOffset(48)] public ulong Volume;

    /// <inheritdoc />
    public static int StructSize => 56;
}
