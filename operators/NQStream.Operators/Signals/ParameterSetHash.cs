using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NQStream.Operators.Signals;

/// <summary>
/// Stable id of a parameter set: SHA-256 of the options object serialised as JSON with every object's
/// properties sorted by name (ordinal) and enums written as names, truncated to 16 lower-case hex digits.
/// Independent of property declaration order and of culture; changes whenever any value changes.
/// </summary>
public static class ParameterSetHash
{
    /// <summary>Hex digits kept from the SHA-256 digest.</summary>
    public const int Length = 16;

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>Hash of one options object (its public readable properties, recursively).</summary>
    /// <param name="options">An options object such as <c>PriorityOptions</c>.</param>
    public static string Compute(object options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Hash(Canonical(options));
    }

    /// <summary>Hash of several options objects, each tagged with its type name, in the order given.</summary>
    /// <param name="options">The options objects used by one operator chain.</param>
    public static string Compute(IReadOnlyList<object> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        for (var i = 0; i < options.Count; i++)
        {
            var o = options[i] ?? throw new ArgumentException($"options[{i}] is null", nameof(options));
            sb.Append(o.GetType().FullName).Append('=').Append(Canonical(o)).Append('\n');
        }

        return Hash(sb.ToString());
    }

    /// <summary>The canonical JSON text that is hashed (exposed for diagnostics and tests).</summary>
    /// <param name="options">An options object.</param>
    public static string Canonical(object options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var node = JsonSerializer.SerializeToNode(options, options.GetType(), Json);
        return Sorted(node)?.ToJsonString(Json) ?? "null";
    }

    private static JsonNode? Sorted(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                var names = new List<string>(obj.Count);
                foreach (var kv in obj)
                {
                    names.Add(kv.Key);
                }

                names.Sort(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    sorted[name] = Sorted(obj[name]?.DeepClone());
                }

                return sorted;
            case JsonArray arr:
                var copy = new JsonArray();
                foreach (var item in arr)
                {
                    copy.Add(Sorted(item?.DeepClone()));
                }

                return copy;
            default:
                return node?.DeepClone();
        }
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..Length];
}
