using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>One corpus row, written both as the CLI's JSON-lines form and as the Node peer's typed form.</summary>
internal sealed record CorpusRow(string Table, (string Name, string Value)[] Symbols, (string Name, string Type, string Value)[] Columns, long? Ts)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The form <c>nqstream ilp encode</c> reads: columns typed by JSON type.</summary>
    public string ToCliJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\"table\":").Append(Q(Table)).Append(",\"symbols\":{");
        sb.AppendJoin(',', Symbols.Select(s => Q(s.Name) + ":" + Q(s.Value)));
        sb.Append("},\"columns\":{");
        sb.AppendJoin(',', Columns.Select(c => Q(c.Name) + ":" + CliValue(c.Type, c.Value)));
        sb.Append('}');
        if (Ts is long ts)
        {
            sb.Append(",\"ts\":").Append(ts.ToString(CultureInfo.InvariantCulture));
        }

        return sb.Append('}').ToString();
    }

    /// <summary>The typed form tests/peers/node/ilp-encode.js reads.</summary>
    public string ToNodeJson()
    {
        var row = new Dictionary<string, object?>
        {
            ["table"] = Table,
            ["symbols"] = Symbols.Select(s => new[] { s.Name, s.Value }).ToArray(),
            ["columns"] = Columns.Select(c => new[] { c.Name, c.Type, c.Value }).ToArray(),
            ["ts"] = Ts?.ToString(CultureInfo.InvariantCulture),
        };
        return JsonSerializer.Serialize(row, Json);
    }

    private static string Q(string s) => JsonSerializer.Serialize(s, Json);

    private static string CliValue(string type, string value) => type switch
    {
        "int" => value,
        "bool" => value,
        "string" => Q(value),
        "ts_us" => "{\"ts_us\":" + value + "}",
        "ts_ns" => "{\"ts_ns\":" + value + "}",
        "float" when value is "NaN" or "Infinity" or "-Infinity" => "{\"float\":\"" + value + "\"}",
        "float" when value.AsSpan().IndexOfAny('.', 'E') >= 0 => value,
        "float" => "{\"float\":" + value + "}",
        _ => throw new ArgumentException(type),
    };
}
