using System.Buffers.Binary;
using System.Text.Json;
using NQStream.Market.Dbn.Layout;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Dbn;

/// <summary>
/// Writes records and metadata as JSON with Databento's field names, driven by the layout tables:
/// header fields nested under <c>hd</c>, char fields as one-character strings, integers as exact JSON
/// numbers, prices as raw fixed-point integers.
/// </summary>
public static class DbnJson
{
    /// <summary>Writes one record object. <paramref name="withDebugKeys"/> adds <c>_struct</c> and <c>_offset</c>.</summary>
    public static void WriteRecord(Utf8JsonWriter w, in DbnRecord record, bool withDebugKeys = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        var b = record.Bytes;
        var layout = record.Layout;
        w.WriteStartObject();
        if (withDebugKeys)
        {
            w.WriteString("_struct", layout?.StructName ?? "Unknown");
        }

        w.WriteStartObject("hd");
        w.WriteNumber("length", b[0]);
        w.WriteNumber("rtype", b[1]);
        w.WriteNumber("publisher_id", BinaryPrimitives.ReadUInt16LittleEndian(b[2..]));
        w.WriteNumber("instrument_id", BinaryPrimitives.ReadUInt32LittleEndian(b[4..]));
        w.WriteNumber("ts_event", BinaryPrimitives.ReadUInt64LittleEndian(b[8..]));
        w.WriteEndObject();
        if (layout is not null)
        {
            foreach (var f in layout.Fields)
            {
                WriteField(w, b, f);
            }
        }

        if (record.TsOut is { } tsOut)
        {
            w.WriteNumber("ts_out", tsOut);
        }

        if (withDebugKeys)
        {
            w.WriteNumber("_offset", record.Offset);
        }

        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, ReadOnlySpan<byte> b, FieldDef f)
    {
        var v = b[f.Offset..];
        switch (f.Kind)
        {
            case FieldKind.U8: w.WriteNumber(f.Name, v[0]); break;
            case FieldKind.I8: w.WriteNumber(f.Name, (sbyte)v[0]); break;
            case FieldKind.U16: w.WriteNumber(f.Name, BinaryPrimitives.ReadUInt16LittleEndian(v)); break;
            case FieldKind.I16: w.WriteNumber(f.Name, BinaryPrimitives.ReadInt16LittleEndian(v)); break;
            case FieldKind.U32: w.WriteNumber(f.Name, BinaryPrimitives.ReadUInt32LittleEndian(v)); break;
            case FieldKind.I32: w.WriteNumber(f.Name, BinaryPrimitives.ReadInt32LittleEndian(v)); break;
            case FieldKind.U64: w.WriteNumber(f.Name, BinaryPrimitives.ReadUInt64LittleEndian(v)); break;
            case FieldKind.I64: w.WriteNumber(f.Name, BinaryPrimitives.ReadInt64LittleEndian(v)); break;
            case FieldKind.Chr: w.WriteString(f.Name, ((char)v[0]).ToString()); break;
            case FieldKind.Str: w.WriteString(f.Name, DbnText.Read(v[..f.Size])); break;
            case FieldKind.Levels or FieldKind.ConsolidatedLevels:
                w.WriteStartArray(f.Name);
                for (var i = 0; i < f.LevelCount; i++)
                {
                    WriteLevel(w, v.Slice(i * 32, 32), f.Kind == FieldKind.ConsolidatedLevels);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"unhandled field kind {f.Kind}");
        }
    }

    private static void WriteLevel(Utf8JsonWriter w, ReadOnlySpan<byte> l, bool consolidated)
    {
        w.WriteStartObject();
        w.WriteNumber("bid_px", BinaryPrimitives.ReadInt64LittleEndian(l));
        w.WriteNumber("ask_px", BinaryPrimitives.ReadInt64LittleEndian(l[8..]));
        w.WriteNumber("bid_sz", BinaryPrimitives.ReadUInt32LittleEndian(l[16..]));
        w.WriteNumber("ask_sz", BinaryPrimitives.ReadUInt32LittleEndian(l[20..]));
        if (consolidated)
        {
            w.WriteNumber("bid_pb", BinaryPrimitives.ReadUInt16LittleEndian(l[24..]));
            w.WriteNumber("ask_pb", BinaryPrimitives.ReadUInt16LittleEndian(l[28..]));
        }
        else
        {
            w.WriteNumber("bid_ct", BinaryPrimitives.ReadUInt32LittleEndian(l[24..]));
            w.WriteNumber("ask_ct", BinaryPrimitives.ReadUInt32LittleEndian(l[28..]));
        }

        w.WriteEndObject();
    }

    /// <summary>Writes <c>{"metadata": {...}}</c> with the keys of the golden decodes.</summary>
    public static void WriteMetadata(Utf8JsonWriter w, DbnMetadata m, bool withDebugKeys = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        w.WriteStartObject();
        w.WriteStartObject("metadata");
        w.WriteNumber("version", m.Version);
        w.WriteNumber("metadata_length", m.MetadataLength);
        w.WriteString("dataset", m.Dataset);
        if (m.Schema == 0xFFFF)
        {
            w.WriteNull("schema");
        }
        else
        {
            w.WriteNumber("schema", m.Schema);
        }

        w.WriteNumber("start", m.Start);
        w.WriteNumber("end", m.End);
        w.WriteNumber("limit", m.Limit);
        if (m.RecordCountV1 is { } rc)
        {
            w.WriteNumber("record_count_v1", rc);
        }

        if (m.StypeIn == 0xFF)
        {
            w.WriteNull("stype_in");
        }
        else
        {
            w.WriteNumber("stype_in", m.StypeIn);
        }

        w.WriteNumber("stype_out", m.StypeOut);
        w.WriteBoolean("ts_out", m.TsOut);
        w.WriteNumber("symbol_cstr_len", m.SymbolCstrLen);
        WriteStrings(w, "symbols", m.Symbols);
        WriteStrings(w, "partial", m.Partial);
        WriteStrings(w, "not_found", m.NotFound);
        w.WriteStartArray("mappings");
        foreach (var map in m.Mappings)
        {
            w.WriteStartObject();
            w.WriteString("raw_symbol", map.RawSymbol);
            w.WriteStartArray("intervals");
            foreach (var iv in map.Intervals)
            {
                w.WriteStartObject();
                w.WriteNumber("start_date", iv.StartDate);
                w.WriteNumber("end_date", iv.EndDate);
                w.WriteString("symbol", iv.Symbol);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (withDebugKeys)
        {
            w.WriteNumber("_used_bytes", m.UsedBytes);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var s in values)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
    }
}
