using NQStream.Market.Compression;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Dbn;

/// <summary>
/// Writes DBN v3, plain or zstd: the metadata header, then records as given. Records must already be in
/// v3 layout with a correct <c>hd.length</c>; <see cref="Write{T}(in T)"/> writes typed structs.
/// </summary>
public sealed class DbnWriter : IDisposable
{
    private readonly Stream _out;
    private readonly BufferedStream _buffered;

    /// <summary>Creates a writer over <paramref name="output"/> (owned) and writes the header.</summary>
    public DbnWriter(Stream output, DbnMetadata metadata, bool zstd, int zstdLevel = 3)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metadata);
        _out = zstd ? new ZstdCompressStream(output, zstdLevel) : output;
        _buffered = new BufferedStream(_out, 1 << 20);
        _buffered.Write(DbnMetadataCodec.EncodeV3(metadata));
        TsOut = metadata.TsOut;
    }

    /// <summary>Creates a file; zstd when the name ends in <c>.zst</c>.</summary>
    public static DbnWriter Create(string path, DbnMetadata metadata, int zstdLevel = 3) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1),
            metadata, path.EndsWith(".zst", StringComparison.OrdinalIgnoreCase), zstdLevel);

    /// <summary>Whether records carry <c>ts_out</c> (from the metadata).</summary>
    public bool TsOut { get; }

    /// <summary>Records written.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Writes raw v3 record bytes (length checked against <c>hd.length</c>).</summary>
    public void WriteRaw(ReadOnlySpan<byte> record)
    {
        if (record.Length < DbnConstants.HeaderSize || record[0] * DbnConstants.LengthMultiplier != record.Length)
        {
            throw new ArgumentException($"record of {record.Length} bytes has hd.length {(record.Length > 0 ? record[0] : 0)} words", nameof(record));
        }

        _buffered.Write(record);
        RecordCount++;
    }

    /// <summary>
    /// Writes a run of concatenated v3 records (each with a correct <c>hd.length</c>, no <c>ts_out</c>) in one
    /// call: the bulk path for producers that build records in their own buffers.
    /// </summary>
    public void WriteRecords(ReadOnlySpan<byte> records)
    {
        var count = 0;
        for (var at = 0; at < records.Length; count++)
        {
            var length = records[at] * DbnConstants.LengthMultiplier;
            if (length < DbnConstants.HeaderSize || at + length > records.Length)
            {
                throw new ArgumentException($"record at byte {at} has hd.length {records[at]} words, outside the {records.Length}-byte run", nameof(records));
            }

            at += length;
        }

        _buffered.Write(records);
        RecordCount += count;
    }

    /// <summary>Writes a typed v3 record; sets <c>hd.length</c> from the struct size.</summary>
    public void Write<T>(in T record) where T : unmanaged, IDbnRecord
    {
        if (TsOut)
        {
            throw new InvalidOperationException("the stream has ts_out: write records with their trailing ts_out through WriteRaw");
        }

        Span<byte> tmp = stackalloc byte[T.StructSize];
        System.Runtime.InteropServices.MemoryMarshal.Write(tmp, in record);
        tmp[0] = (byte)(T.StructSize / DbnConstants.LengthMultiplier);
        _buffered.Write(tmp);
        RecordCount++;
    }

    /// <summary>Flushes buffered records (for zstd: makes them decodable by a streaming reader).</summary>
    public void Flush()
    {
        _buffered.Flush();
        _out.Flush();
    }

    /// <summary>Finishes the stream (ends the zstd frame) and closes the output.</summary>
    public void Dispose()
    {
        _buffered.Flush();
        _buffered.Dispose();
    }
}
