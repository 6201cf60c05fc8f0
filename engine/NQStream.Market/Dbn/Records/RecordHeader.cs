using System.Runtime.InteropServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>The 16-byte header that starts every DBN record (docs/dbn.md §3.1).</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct RecordHeader
{
    /// <summary>Record size in 4-byte words, including the header and any trailing <c>ts_out</c>.</summary>
    [FieldOffset(0)] public byte Length;

    /// <summary>Record type (<see cref="RType"/>).</summary>
    [FieldOffset(1)] public byte RType;

    /// <summary>Dataset and venue id (GLBX.MDP3 = 1).</summary>
    [FieldOffset(2)] public ushort PublisherId;

    /// <summary>Numeric instrument id.</summary>
    [FieldOffset(4)] public uint InstrumentId;

    /// <summary>Matching-engine timestamp, ns since the UNIX epoch; <see cref="DbnConstants.UndefTimestamp"/> = null.</summary>
    [FieldOffset(8)] public ulong TsEvent;

    /// <summary>Record size in bytes.</summary>
    public readonly int ByteLength => Length * DbnConstants.LengthMultiplier;
}
