using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>Trading status record. Layout: <see cref="Layout.DbnLayouts.Status"/> (40 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct StatusMsg : IDbnRecord
{
    /// <summary>Record header.</summary>
    [FieldOffset(0)] public RecordHeader Hd;

    /// <summary><c>ts_recv</c> (u64).</summary>
    [FieldOffset(16)] public ulong TsRecv;

    /// <summary><c>action</c> (u16).</summary>
    [FieldOffset(24)] public ushort Action;

    /// <summary><c>reason</c> (u16).</summary>
    [FieldOffset(26)] public ushort Reason;

    /// <summary><c>trading_event</c> (u16).</summary>
    [FieldOffset(28)] public ushort TradingEvent;

    /// <summary><c>is_trading</c> (char).</summary>
    [FieldOffset(30)] public byte IsTrading;

    /// <summary><c>is_quoting</c> (char).</summary>
    [FieldOffset(31)] public byte IsQuoting;

    /// <summary><c>is_short_sell_restricted</c> (char).</summary>
    [FieldOffset(32)] public byte IsShortSellRestricted;

    /// <inheritdoc />
    public static int StructSize => 40;
}
