using System.Runtime.CompilerServices;
using NQStream.Market.Compression;

namespace NQStream.Market.Dbn;

public sealed partial class DbnReader
{
    /// <summary>
    /// Reads the next record. Returns false at a clean end of input; throws <see cref="DbnFormatException"/>
    /// (with the offset) for an impossible length, a truncated record, a length that does not match the
    /// record type, an unknown rtype (unless allowed) or corrupt zstd data.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out DbnRecord record)
    {
        var start = _start;
        if (_end - start < DbnConstants.HeaderSize)
        {
            return TryReadSlow(out record);
        }

        var buf = _buf;
        var len = buf[start] * DbnConstants.LengthMultiplier;
        var rtype = buf[start + 1];
        // expected length 0 marks an unknown rtype: a zero length byte must not pass as a match.
        if (len != _expectedLength[rtype] || len == 0 || _end - start < len || _upgrade[rtype])
        {
            return TryReadSlow(out record);
        }

        _start = start + len;
        RecordCount++;
        record = new DbnRecord(new ReadOnlySpan<byte>(buf, start, len), _bufBase + start, _layouts[rtype], Version, _tsOut);
        return true;
    }

    private bool TryReadSlow(out DbnRecord record)
    {
        if (_end - _start < DbnConstants.HeaderSize && !Fill(DbnConstants.HeaderSize))
        {
            if (_end == _start)
            {
                record = default;
                return false;
            }

            var lenByte = _buf[_start];
            if (lenByte < 4)
            {
                throw Impossible(lenByte);
            }

            throw new DbnFormatException(Source, Position,
                $"truncated record: {_end - _start} bytes left, a record needs at least {Math.Max(16, lenByte * 4)}");
        }

        var len = _buf[_start] * DbnConstants.LengthMultiplier;
        if (len < DbnConstants.HeaderSize)
        {
            throw Impossible(_buf[_start]);
        }

        var rtype = _buf[_start + 1];
        var expected = _expectedLength[rtype];
        if (expected == 0 && !_options.AllowUnknownRTypes)
        {
            throw new DbnFormatException(Source, Position + 1,
                $"unknown record type rtype=0x{rtype:X2} (length {len} bytes) in DBN v{Version}");
        }

        if (expected != 0 && len != expected)
        {
            throw new DbnFormatException(Source, Position,
                $"record length {len} does not match {_layouts[rtype]!.StructName} (rtype 0x{rtype:X2}, expected {expected} bytes)");
        }

        if (_end - _start < len && !Fill(len))
        {
            throw new DbnFormatException(Source, Position,
                $"truncated record: rtype 0x{rtype:X2} declares {len} bytes, the stream ends after {_end - _start}");
        }

        var offset = Position;
        var bytes = new ReadOnlySpan<byte>(_buf, _start, len);
        _start += len;
        RecordCount++;
        if (_upgrade[rtype])
        {
            var n = DbnUpgrader.ToV3(bytes, Version, _tsOut, _scratch);
            record = new DbnRecord(new ReadOnlySpan<byte>(_scratch, 0, n), offset, _layouts[rtype], DbnConstants.CurrentVersion, _tsOut);
        }
        else
        {
            record = new DbnRecord(bytes, offset, _layouts[rtype], Version, _tsOut);
        }

        return true;
    }

    private DbnFormatException Impossible(byte lenByte) =>
        new(Source, Position, $"invalid record with impossible length: length byte {lenByte} ({lenByte * 4} bytes, a record needs at least 16)");

    /// <summary>Ensures at least <paramref name="need"/> unread bytes are buffered; false at end of input.</summary>
    private bool Fill(int need)
    {
        if (_end - _start >= need)
        {
            return true;
        }

        if (_stream is null)
        {
            return false;
        }

        if (_start > 0)
        {
            var remaining = _end - _start;
            Buffer.BlockCopy(_buf, _start, _buf, 0, remaining);
            _bufBase += _start;
            _start = 0;
            _end = remaining;
        }

        try
        {
            while (_end - _start < need)
            {
                var n = _stream.Read(_buf, _end, _buf.Length - _end);
                if (n == 0)
                {
                    return false;
                }

                _end += n;
            }
        }
        catch (ZstdException ex)
        {
            throw new DbnFormatException(Source, _bufBase + _end, ex.Message, ex);
        }

        return true;
    }

    /// <summary>Closes the input.</summary>
    public void Dispose() => _stream?.Dispose();
}
