using System.Globalization;
using System.Text.Json;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Encodes rows given as JSON lines — <c>{"table":..,"symbols":{..},"columns":{..},"ts":ns}</c> — into an
/// <see cref="IlpBuffer"/>. Column types follow the JSON type: integer (no <c>.</c>/exponent) → <c>i</c>,
/// other numbers → double, <c>true</c>/<c>false</c> → boolean, string → VARCHAR, <c>null</c> → omitted;
/// objects: <c>{"ts_us":n}</c>, <c>{"ts_ns":n}</c> timestamp columns, <c>{"float":"NaN"|"Infinity"|"-Infinity"|n}</c>.
/// A missing or null <c>ts</c> closes the row without a timestamp. Used by <c>nqstream ilp encode</c>.
/// </summary>
public static class IlpJsonRows
{
    /// <summary>Parses one JSON line and appends it as a row; errors name the line and the field.</summary>
    /// <exception cref="IlpException">Malformed JSON, a bad field, or a row the ILP rules reject.</exception>
    public static void Append(IlpBuffer buffer, string json, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(lineNumber, "row", "expected a JSON object");
            }

            if (!root.TryGetProperty("table", out var table) || table.ValueKind != JsonValueKind.String)
            {
                throw Bad(lineNumber, "table", "expected a string");
            }

            buffer.Table(table.GetString()!);
            if (root.TryGetProperty("symbols", out var symbols))
            {
                AppendSymbols(buffer, symbols, lineNumber);
            }

            if (root.TryGetProperty("columns", out var columns))
            {
                AppendColumns(buffer, columns, lineNumber);
            }

            if (root.TryGetProperty("ts", out var ts) && ts.ValueKind != JsonValueKind.Null)
            {
                buffer.At(Int64(ts, lineNumber, "ts"));
            }
            else
            {
                buffer.AtNow();
            }
        }
        catch (JsonException ex)
        {
            buffer.CancelRow();
            throw new IlpException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: invalid JSON: {ex.Message}"), ex);
        }
        catch (IlpException ex) when (!ex.Message.StartsWith("line ", StringComparison.Ordinal))
        {
            buffer.CancelRow();
            throw new IlpException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {ex.Message}"), ex);
        }
        catch (IlpException)
        {
            buffer.CancelRow();
            throw;
        }
    }

    private static void AppendSymbols(IlpBuffer buffer, JsonElement symbols, int line)
    {
        if (symbols.ValueKind != JsonValueKind.Object)
        {
            throw Bad(line, "symbols", "expected an object of name → string");
        }

        foreach (var p in symbols.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String)
            {
                throw Bad(line, "symbols." + p.Name, "expected a string value");
            }

            buffer.Symbol(p.Name, p.Value.GetString());
        }
    }

    private static void AppendColumns(IlpBuffer buffer, JsonElement columns, int line)
    {
        if (columns.ValueKind != JsonValueKind.Object)
        {
            throw Bad(line, "columns", "expected an object of name → value");
        }

        foreach (var p in columns.EnumerateObject())
        {
            var v = p.Value;
            string field = "columns." + p.Name;
            switch (v.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    buffer.BoolColumn(p.Name, v.GetBoolean());
                    break;
                case JsonValueKind.String:
                    buffer.StringColumn(p.Name, v.GetString());
                    break;
                case JsonValueKind.Number when IsIntegerToken(v.GetRawText()):
                    buffer.IntColumn(p.Name, Int64(v, line, field));
                    break;
                case JsonValueKind.Number:
                    buffer.FloatColumn(p.Name, v.GetDouble());
                    break;
                case JsonValueKind.Object:
                    AppendTyped(buffer, p.Name, v, line, field);
                    break;
                default:
                    throw Bad(line, field, "expected a number, string, boolean, null or {\"ts_us\"|\"ts_ns\"|\"float\": …}");
            }
        }
    }

    private static void AppendTyped(IlpBuffer buffer, string name, JsonElement v, int line, string field)
    {
        if (v.TryGetProperty("ts_us", out var us))
        {
            buffer.TimestampColumnMicros(name, Int64(us, line, field + ".ts_us"));
        }
        else if (v.TryGetProperty("ts_ns", out var ns))
        {
            buffer.TimestampColumnNanos(name, Int64(ns, line, field + ".ts_ns"));
        }
        else if (v.TryGetProperty("float", out var f))
        {
            buffer.FloatColumn(name, f.ValueKind switch
            {
                JsonValueKind.Number => f.GetDouble(),
                JsonValueKind.String when f.GetString() is "NaN" => double.NaN,
                JsonValueKind.String when f.GetString() is "Infinity" => double.PositiveInfinity,
                JsonValueKind.String when f.GetString() is "-Infinity" => double.NegativeInfinity,
                _ => throw Bad(line, field + ".float", "expected a number, \"NaN\", \"Infinity\" or \"-Infinity\""),
            });
        }
        else
        {
            throw Bad(line, field, "expected {\"ts_us\": n}, {\"ts_ns\": n} or {\"float\": x}");
        }
    }

    private static bool IsIntegerToken(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    private static long Int64(JsonElement v, int line, string field) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n)
            ? n
            : throw Bad(line, field, "expected an integer in the signed 64-bit range");

    private static IlpException Bad(int line, string field, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {line}: field '{field}': {expected}"));
}
