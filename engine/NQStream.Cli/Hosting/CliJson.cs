using System.Text.Encodings.Web;
using System.Text.Json;

namespace NQStream.Cli.Hosting;

/// <summary>JSON settings shared by every <c>--json</c> output.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };
}
