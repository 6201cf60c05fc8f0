using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NQStream.Market.Dbn.Layout;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Dbn;

/// <summary>
/// One decoded record, valid until the next read: its bytes (v3-shaped when the reader upgrades), its
/// offset in the decompressed stream and its layout. Overlay a typed struct with <see cref="As{T}"/>.
/// </summary>
public readonly ref struct DbnRecord
{
    /// <summary>Creates a record view.</summary>
    public DbnRecord(ReadOnlySpan<byte> bytes, long offset, RecordLayout? layout, byte version, bool hasTsOut)
    {
        Bytes = bytes;
        Offset = offset;
        Layout = layout;
        Version = version;
        HasTsOut = hasTsOut;
    }

    /// <summary>The record bytes, including a trailing <c>ts_out</c> when present.</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Byte offset of the record in the decompressed stream (of the original record, before upgrade).</summary>
    public long Offset { get; }

    /// <summary>Layout of <see cref="Bytes"/>; null for an unknown rtype.</summary>
    public RecordLayout? Layout { get; }

    /// <summary>DBN version whose layout <see cref="Bytes"/> follow (3 after upgrade).</summary>
    public byte Version { get; }

    /// <summary>Whether the record carries a trailing <c>u64 ts_out</c>.</summary>
    public bool HasTsOut { get; }

    /// <summary>The record header.</summary>
    public ref readonly RecordHeader Header => ref MemoryMarshal.AsRef<RecordHeader>(Bytes);

    /// <summary>The record type.</summary>
    public byte RType => Bytes[1];

    /// <summary>The instrument id.</summary>
    public uint InstrumentId => BinaryPrimitives.ReadUInt32LittleEndian(Bytes[4..]);

    /// <summary>The gateway send time, when the stream has <c>ts_out</c>.</summary>
    public ulong? TsOut => HasTsOut ? BinaryPrimitives.ReadUInt64LittleEndian(Bytes[^8..]) : null;

    /// <summary>
    /// Overlays a v3 record struct on the bytes. The caller picks <typeparamref name="T"/> by
    /// <see cref="RType"/>; the length was validated against the layout when the record was read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T As<T>() where T : unmanaged, IDbnRecord => ref MemoryMarshal.AsRef<T>(Bytes[..T.StructSize]);
}
