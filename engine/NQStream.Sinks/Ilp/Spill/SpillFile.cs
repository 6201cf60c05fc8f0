using System.Buffers.Binary;
using System.Text;

namespace NQStream.Sinks.Ilp.Spill;

/// <summary>
/// Append-only outage buffer for ILP batches that outlived the retry window. Record layout (little-endian):
/// <c>"NQS1"</c>, u32 payload length, u16 table length, u32 CRC-32 of table+payload, table UTF-8, payload.
/// A sidecar file holds the delivered offset (u64 + CRC-32), replaced atomically (write, fsync, rename), so
/// after a crash replay resumes after the last delivered record; a record sent but not yet marked is re-sent
/// once more, which QuestDB's DEDUP UPSERT KEYS turn into a no-op. A torn tail (crash mid-append) is cut off
/// on open. With <see cref="SpillFsync.Always"/> every append is fsynced before it counts as spilled.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private const int HeaderSize = 14;
    private static readonly byte[] Magic = "NQS1"u8.ToArray();

    private readonly FileStream _log;
    private readonly string _offsetPath;
    private readonly SpillFsync _fsync;
    private long _delivered;

    public SpillFile(string directory, SpillFsync fsync = SpillFsync.Always)
    {
        Directory.CreateDirectory(directory);
        LogPath = Path.Combine(directory, "ilp-spill.log");
        _offsetPath = Path.Combine(directory, "ilp-spill.offset");
        _fsync = fsync;
        _log = new FileStream(LogPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _delivered = ReadOffset();
        if (_delivered > _log.Length)
        {
            _delivered = 0;
        }

        long validEnd = Scan(_delivered);
        if (validEnd < _log.Length)
        {
            _log.SetLength(validEnd);
        }

        _log.Position = _log.Length;
    }

    public string LogPath { get; }

    /// <summary>True while some spilled record has not been delivered.</summary>
    public bool HasPending => _delivered < _log.Length;

    /// <summary>Bytes spilled and not yet delivered.</summary>
    public long PendingBytes => _log.Length - _delivered;

    public void Append(string table, ReadOnlySpan<byte> payload)
    {
        int tableLen = Encoding.UTF8.GetByteCount(table);
        var record = new byte[HeaderSize + tableLen + payload.Length];
        Magic.CopyTo(record, 0);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), payload.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), (ushort)tableLen);
        Encoding.UTF8.GetBytes(table, record.AsSpan(HeaderSize));
        payload.CopyTo(record.AsSpan(HeaderSize + tableLen));
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(10), Crc32.Compute(record.AsSpan(HeaderSize)));
        _log.Position = _log.Length;
        _log.Write(record);
        _log.Flush(flushToDisk: _fsync == SpillFsync.Always);
    }

    /// <summary>The undelivered records in order.</summary>
    public List<SpillRecord> ReadPending()
    {
        var records = new List<SpillRecord>();
        long pos = _delivered;
        while (TryRead(pos, out var record))
        {
            records.Add(record);
            pos = record.End;
        }

        _log.Position = _log.Length;
        return records;
    }

    /// <summary>Persists that everything before <paramref name="end"/> was delivered; resets the file when all was.</summary>
    public void MarkDelivered(long end)
    {
        WriteOffset(end);
        _delivered = end;
        if (end >= _log.Length)
        {
            _log.SetLength(0);
            _log.Flush(flushToDisk: true);
            WriteOffset(0);
            _delivered = 0;
        }
    }

    public void Dispose() => _log.Dispose();

    private long Scan(long pos)
    {
        while (TryRead(pos, out var record))
        {
            pos = record.End;
        }

        return pos;
    }

    private bool TryRead(long pos, out SpillRecord record)
    {
        record = default;
        var header = new byte[HeaderSize];
        _log.Position = pos;
        if (_log.Length - pos < HeaderSize || _log.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize
            || !header.AsSpan(0, 4).SequenceEqual(Magic))
        {
            return false;
        }

        int payloadLen = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
        int tableLen = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(10));
        if (payloadLen < 0 || _log.Length - pos - HeaderSize < (long)tableLen + payloadLen)
        {
            return false;
        }

        var body = new byte[tableLen + payloadLen];
        _log.ReadExactly(body);
        if (Crc32.Compute(body) != crc)
        {
            return false;
        }

        record = new SpillRecord(pos + HeaderSize + body.Length, Encoding.UTF8.GetString(body, 0, tableLen), body[tableLen..]);
        return true;
    }

    private long ReadOffset()
    {
        if (!File.Exists(_offsetPath))
        {
            return 0;
        }

        var bytes = File.ReadAllBytes(_offsetPath);

        // A damaged offset file means "resend everything": duplicates are absorbed by DEDUP, losses are not.
        return bytes.Length == 12 && Crc32.Compute(bytes.AsSpan(0, 8)) == BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8))
            ? BinaryPrimitives.ReadInt64LittleEndian(bytes)
            : 0;
    }

    private void WriteOffset(long offset)
    {
        var bytes = new byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, offset);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), Crc32.Compute(bytes.AsSpan(0, 8)));
        string tmp = _offsetPath + ".tmp";
        using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write))
        {
            f.Write(bytes);
            f.Flush(flushToDisk: true);
        }

        File.Move(tmp, _offsetPath, overwrite: true);
    }
}
