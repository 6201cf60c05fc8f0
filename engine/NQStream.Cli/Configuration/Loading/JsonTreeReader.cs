using System.Text;
using System.Text.Json;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// Reads JSON (comments and trailing commas allowed) into the same node tree as YAML, so both formats
/// share one schema and one validator. Positions come from the reader's byte offsets.
/// </summary>
internal static class JsonTreeReader
{
    public static ConfigNode? Read(string text, List<ConfigProblem> problems)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (text.AsSpan().Trim().IsEmpty)
        {
            return new MapNode(string.Empty, 1, 1);
        }

        var lines = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, string.Empty, lines, problems);
            if (reader.Read())
            {
                var (line, column) = Position(lines, reader.TokenStartIndex);
                problems.Add(new(string.Empty, "syntax error: content after the root value", "valid JSON", line, column));
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
            problems.Add(new(string.Empty, "syntax error: " + message, "valid JSON",
                (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1));
            return null;
        }
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, string path, List<long> lines, List<ConfigProblem> problems)
    {
        var (line, column) = Position(lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new MapNode(path, line, column);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString() ?? string.Empty;
                    var (keyLine, keyColumn) = Position(lines, reader.TokenStartIndex);
                    var childPath = ConfigPath.Child(path, key);
                    reader.Read();
                    var value = ReadValue(ref reader, childPath, lines, problems);
                    if (map.Find(key) is not null)
                    {
                        problems.Add(new(childPath, "duplicate key", "each key once per mapping", keyLine, keyColumn));
                        continue;
                    }

                    map.Entries.Add(new MapEntry(key, keyLine, keyColumn, value));
                }

                return map;
            case JsonTokenType.StartArray:
                var seq = new SeqNode(path, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    seq.Items.Add(ReadValue(ref reader, ConfigPath.Item(path, seq.Items.Count), lines, problems));
                }

                return seq;
            case JsonTokenType.String:
                return new ScalarNode(path, line, column, reader.GetString());
            case JsonTokenType.Number:
                return new ScalarNode(path, line, column, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new ScalarNode(path, line, column, "true");
            case JsonTokenType.False:
                return new ScalarNode(path, line, column, "false");
            default:
                return new ScalarNode(path, line, column, null);
        }
    }

    private static List<long> LineStarts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, (int)(offset - lineStarts[index]) + 1);
    }
}
