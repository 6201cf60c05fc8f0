using System.Text.Json;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Reads ground-truth labels from JSON lines (the simulator's <c>labels.jsonl</c>: one object per line with at
/// least <c>id</c>, <c>ts_event</c>, <c>instrument_id</c> and <c>kind</c>; optional <c>ts_event_last</c> (≥
/// <c>ts_event</c>, default <c>ts_event</c>), <c>informed</c> (default false), <c>underlying_id</c> and <c>delta</c>
/// (default absent); other fields are ignored).
/// Blank lines are skipped. Bad input fails with one line naming the source, line and field.
/// </summary>
public static class GroundTruthLabelReader
{
    /// <summary>Parses every line.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="source">Name used in error messages (usually the file path).</param>
    public static List<GroundTruthLabel> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = new List<GroundTruthLabel>();
        var lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            list.Add(ParseLine(line, source, lineNo));
        }

        return list;
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">JSON object text.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <param name="lineNo">1-based line number used in error messages.</param>
    public static GroundTruthLabel ParseLine(string line, string source, int lineNo)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}:{lineNo}: not a JSON object ({ex.Message})", ex);
        }

        using (doc)
        {
            var r = doc.RootElement;
            if (r.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{source}:{lineNo}: expected a JSON object, got {r.ValueKind}");
            }

            var id = Field(r, "id", JsonValueKind.String, source, lineNo).GetString()!;
            var ts = Field(r, "ts_event", JsonValueKind.Number, source, lineNo);
            var inst = Field(r, "instrument_id", JsonValueKind.Number, source, lineNo);
            var kind = Field(r, "kind", JsonValueKind.String, source, lineNo).GetString()!;
            var informed = false;
            if (r.TryGetProperty("informed", out var inf))
            {
                informed = inf.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw new FormatException($"{source}:{lineNo}: field 'informed': expected true or false, got {inf.GetRawText()}"),
                };
            }

            if (!ts.TryGetInt64(out var tsEvent) || tsEvent < 0)
            {
                throw new FormatException($"{source}:{lineNo}: field 'ts_event': expected a non-negative integer (ns), got {ts.GetRawText()}");
            }

            if (!inst.TryGetUInt32(out var instrumentId))
            {
                throw new FormatException($"{source}:{lineNo}: field 'instrument_id': expected an unsigned 32-bit integer, got {inst.GetRawText()}");
            }

            var tsLast = tsEvent;
            if (r.TryGetProperty("ts_event_last", out var last) && (!last.TryGetInt64(out tsLast) || tsLast < tsEvent))
            {
                throw new FormatException($"{source}:{lineNo}: field 'ts_event_last': expected an integer (ns) ≥ ts_event {tsEvent}, got {last.GetRawText()}");
            }

            uint? underlyingId = null;
            if (r.TryGetProperty("underlying_id", out var und))
            {
                underlyingId = und.ValueKind == JsonValueKind.Number && und.TryGetUInt32(out var u)
                    ? u
                    : throw new FormatException($"{source}:{lineNo}: field 'underlying_id': expected an unsigned 32-bit integer, got {und.GetRawText()}");
            }

            double? delta = null;
            if (r.TryGetProperty("delta", out var dl))
            {
                delta = dl.ValueKind == JsonValueKind.Number && dl.TryGetDouble(out var d) && double.IsFinite(d)
                    ? d
                    : throw new FormatException($"{source}:{lineNo}: field 'delta': expected a finite number, got {dl.GetRawText()}");
            }

            return new GroundTruthLabel(id, tsEvent, instrumentId, KindOf(kind, source, lineNo), informed)
            {
                TsEventLast = tsLast,
                UnderlyingId = underlyingId,
                Delta = delta,
            };
        }
    }

    private static JsonElement Field(JsonElement r, string name, JsonValueKind kind, string source, int lineNo)
    {
        if (!r.TryGetProperty(name, out var e) || e.ValueKind != kind)
        {
            throw new FormatException($"{source}:{lineNo}: field '{name}': expected a {kind.ToString().ToLowerInvariant()}");
        }

        return e;
    }

    private static SignalKind KindOf(string s, string source, int lineNo) => s switch
    {
        "sweep" => SignalKind.Sweep,
        "block" => SignalKind.Block,
        "iceberg" => SignalKind.Iceberg,
        "volume_shock" => SignalKind.VolumeShock,
        "emergency" => SignalKind.Emergency,
        _ => throw new FormatException($"{source}:{lineNo}: field 'kind': expected sweep|block|iceberg|volume_shock|emergency, got '{s}'"),
    };
}
