using System.Buffers.Binary;
using System.Text;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Dbn;

/// <summary>Parses and writes the DBN prelude and metadata with bounds checks and located errors.</summary>
public static class DbnMetadataCodec
{
    /// <summary>The three magic bytes <c>DBN</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "DBN"u8;

    /// <summary>
    /// Parses metadata bytes (the declared-length bytes after the 8-byte prelude).
    /// Offsets in errors are absolute (prelude included).
    /// </summary>
    public static DbnMetadata Parse(ReadOnlySpan<byte> meta, byte version, string source)
    {
        var r = new Cursor(meta, source, DbnConstants.PreludeSize);
        if (meta.Length < DbnConstants.MetadataFixedLength)
        {
            r.Fail(0, $"metadata length {meta.Length} is below the minimum of {DbnConstants.MetadataFixedLength}");
        }

        var dataset = DbnText.Read(meta.Slice(0, 16));
        var schema = BinaryPrimitives.ReadUInt16LittleEndian(meta[16..]);
        var start = BinaryPrimitives.ReadUInt64LittleEndian(meta[18..]);
        var end = BinaryPrimitives.ReadUInt64LittleEndian(meta[26..]);
        var limit = BinaryPrimitives.ReadUInt64LittleEndian(meta[34..]);
        ulong? recordCount = null;
        byte stypeIn, stypeOut;
        bool tsOut;
        int cstrLen;
        if (version == 1)
        {
            recordCount = BinaryPrimitives.ReadUInt64LittleEndian(meta[42..]);
            stypeIn = meta[50];
            stypeOut = meta[51];
            tsOut = meta[52] != 0;
            cstrLen = DbnConstants.SymbolCstrLenV1;
        }
        else
        {
            stypeIn = meta[42];
            stypeOut = meta[43];
            tsOut = meta[44] != 0;
            cstrLen = BinaryPrimitives.ReadUInt16LittleEndian(meta[45..]);
            if (cstrLen is 0 or > 1024)
            {
                r.Fail(45, $"symbol_cstr_len {cstrLen} is invalid (expected 71)");
            }
        }

        r.Pos = DbnConstants.MetadataFixedLength;
        var schemaDefLen = r.U32("schema_definition_length");
        if (schemaDefLen != 0)
        {
            r.Fail(r.Pos - 4, $"schema_definition_length is {schemaDefLen} (expected 0)");
        }

        var symbols = r.Strings("symbols", cstrLen);
        var partial = r.Strings("partial", cstrLen);
        var notFound = r.Strings("not_found", cstrLen);
        var mappingCount = r.Count("mappings", cstrLen + 4);
        var mappings = new List<SymbolMapping>((int)mappingCount);
        for (var i = 0; i < mappingCount; i++)
        {
            var raw = r.Str(cstrLen, "mappings.raw_symbol");
            var n = r.Count("mappings.interval_count", 8 + cstrLen);
            var intervals = new SymbolInterval[n];
            for (var j = 0; j < n; j++)
            {
                var s = r.U32("interval.start_date");
                var e = r.U32("interval.end_date");
                intervals[j] = new SymbolInterval(s, e, r.Str(cstrLen, "interval.symbol"));
            }

            mappings.Add(new SymbolMapping(raw, intervals));
        }

        return new DbnMetadata
        {
            Version = version,
            MetadataLength = (uint)meta.Length,
            UsedBytes = r.Pos,
            Dataset = dataset,
            Schema = schema,
            Start = start,
            End = end,
            Limit = limit,
            RecordCountV1 = recordCount,
            StypeIn = stypeIn,
            StypeOut = stypeOut,
            TsOut = tsOut,
            SymbolCstrLen = cstrLen,
            Symbols = symbols,
            Partial = partial,
            NotFound = notFound,
            Mappings = mappings,
        };
    }

    /// <summary>Writes the prelude and metadata as DBN v3 (71-byte strings, length padded to a multiple of 8).</summary>
    public static byte[] EncodeV3(DbnMetadata m)
    {
        ArgumentNullException.ThrowIfNull(m);
        const int L = DbnConstants.SymbolCstrLen;
        var size = DbnConstants.MetadataFixedLength + 4 + 12 + (m.Symbols.Count + m.Partial.Count + m.NotFound.Count) * L + 4;
        foreach (var map in m.Mappings)
        {
            size += L + 4 + map.Intervals.Count * (8 + L);
        }

        var padded = (size + 7) & ~7;
        var buf = new byte[DbnConstants.PreludeSize + padded];
        Magic.CopyTo(buf);
        buf[3] = DbnConstants.CurrentVersion;
        BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(4), (uint)padded);
        var meta = buf.AsSpan(DbnConstants.PreludeSize);
        DbnText.Write(meta[..16], m.Dataset);
        BinaryPrimitives.WriteUInt16LittleEndian(meta[16..], m.Schema);
        BinaryPrimitives.WriteUInt64LittleEndian(meta[18..], m.Start);
        BinaryPrimitives.WriteUInt64LittleEndian(meta[26..], m.End);
        BinaryPrimitives.WriteUInt64LittleEndian(meta[34..], m.Limit);
        meta[42] = m.StypeIn;
        meta[43] = m.StypeOut;
        meta[44] = m.TsOut ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16LittleEndian(meta[45..], L);
        var pos = DbnConstants.MetadataFixedLength + 4; // schema_definition_length = 0
        foreach (var list in new[] { m.Symbols, m.Partial, m.NotFound })
        {
            BinaryPrimitives.WriteUInt32LittleEndian(meta[pos..], (uint)list.Count);
            pos += 4;
            foreach (var s in list)
            {
                DbnText.Write(meta.Slice(pos, L), s);
                pos += L;
            }
        }

        BinaryPrimitives.WriteUInt32LittleEndian(meta[pos..], (uint)m.Mappings.Count);
        pos += 4;
        foreach (var map in m.Mappings)
        {
            DbnText.Write(meta.Slice(pos, L), map.RawSymbol);
            pos += L;
            BinaryPrimitives.WriteUInt32LittleEndian(meta[pos..], (uint)map.Intervals.Count);
            pos += 4;
            foreach (var iv in map.Intervals)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(meta[pos..], iv.StartDate);
                BinaryPrimitives.WriteUInt32LittleEndian(meta[(pos + 4)..], iv.EndDate);
                DbnText.Write(meta.Slice(pos + 8, L), iv.Symbol);
                pos += 8 + L;
            }
        }

        return buf;
    }

    private ref struct Cursor(ReadOnlySpan<byte> data, string source, int baseOffset)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        public int Pos;

        public readonly void Fail(int at, string problem) => throw new DbnFormatException(source, baseOffset + at, problem);

        private readonly void Need(int bytes, string field)
        {
            if (Pos + bytes > _data.Length)
            {
                Fail(Pos, $"metadata truncated reading {field}: need {bytes} bytes, {_data.Length - Pos} left of the declared metadata length {_data.Length}");
            }
        }

        public uint U32(string field)
        {
            Need(4, field);
            var v = BinaryPrimitives.ReadUInt32LittleEndian(_data[Pos..]);
            Pos += 4;
            return v;
        }

        public uint Count(string field, int minBytesEach)
        {
            var n = U32(field);
            if ((long)n * minBytesEach > _data.Length - Pos)
            {
                Fail(Pos - 4, $"{field} count {n} does not fit in the remaining {_data.Length - Pos} metadata bytes");
            }

            return n;
        }

        public string Str(int width, string field)
        {
            Need(width, field);
            var s = DbnText.Read(_data.Slice(Pos, width));
            foreach (var ch in s)
            {
                if (ch > 0x7F)
                {
                    Fail(Pos, $"{field} contains a non-ASCII byte 0x{(int)ch:X2} (expected ASCII text)");
                }
            }

            Pos += width;
            return s;
        }

        public string[] Strings(string field, int width)
        {
            var n = Count(field, width);
            var list = new string[n];
            for (var i = 0; i < n; i++)
            {
                list[i] = Str(width, field);
            }

            return list;
        }
    }

    /// <summary>Describes the first bytes of a file for error messages.</summary>
    public static string DescribeMagic(ReadOnlySpan<byte> head)
    {
        var sb = new StringBuilder();
        foreach (var b in head[..Math.Min(4, head.Length)])
        {
            sb.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }
}
