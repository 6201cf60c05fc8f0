using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>Every fixture decodes to its golden JSON in every field, record by record (native layouts, no upgrade).</summary>
public sealed class GoldenDecodeTests
{
    [SharedDataTheory]
    [MemberData(nameof(DbnFixtures.GoldenFiles), MemberType = typeof(DbnFixtures))]
    public void Decode_equals_golden_json(string file)
    {
        var expected = File.ReadAllLines(Path.Combine(DbnFixtures.Dir, "expected-json", file + ".jsonl"));
        var actual = DecodeToJsonLines(file);

        actual.Should().HaveCount(expected.Length, "one line for the metadata plus one per record");
        for (var i = 0; i < expected.Length; i++)
        {
            var e = JsonNode.Parse(expected[i]);
            var a = JsonNode.Parse(actual[i]);
            JsonNode.DeepEquals(e, a).Should().BeTrue($"line {i + 1} of {file}\nexpected: {expected[i]}\nactual:   {actual[i]}");
            // Key order is layout order, as in the golden file.
            KeyOrder(a).Should().Equal(KeyOrder(e), $"key order of line {i + 1}");
        }
    }

    private static IEnumerable<string> KeyOrder(JsonNode? node) =>
        node is JsonObject o ? o.Select(kv => kv.Key) : [];

    internal static List<string> DecodeToJsonLines(string file)
    {
        var lines = new List<string>();
        using var reader = DbnFixtures.Open(file, upgrade: false);
        lines.Add(reader.Metadata is null
            ? $"{{\"metadata\": null, \"fragment_version\": {reader.Version}}}"
            : Write(w => DbnJson.WriteMetadata(w, reader.Metadata, withDebugKeys: true)));
        while (reader.TryRead(out var rec))
        {
            lines.Add(WriteRecord(rec));
        }

        return lines;
    }

    private static string WriteRecord(DbnRecord rec)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            DbnJson.WriteRecord(w, rec, withDebugKeys: true);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
