using System.Globalization;
using System.Text;
using NQStream.Cli.Configuration;
using NQStream.Cli.Hosting;
using NQStream.TestSupport;
using YamlDotNet.RepresentationModel;

namespace NQStream.Cli.Tests.Configuration;

/// <summary>Real files in a temp dir, the real loader and the real CLI in-process.</summary>
internal static class ConfigFixture
{
    public const string ApiKeyVariable = "DATABENTO_API_KEY";

    public static string ExamplePath => Path.Combine(RepoPaths.Root, "config", "nqstream.example.yaml");

    public static readonly string[] Profiles = ["databento_only", "barchart_only", "all_sources", "testing"];

    public static string Write(string text, string extension = ".yaml")
    {
        var path = Path.Combine(RepoPaths.NewTempDir("nqstream-config"), "nqstream" + extension);
        File.WriteAllText(path, text);
        return path;
    }

    public static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }

    public static ConfigLoadResult LoadYaml(string yaml, string? profile = null, Func<string, string?>? env = null) =>
        ConfigLoader.Load(Write(yaml), profile, env ?? Env());

    /// <summary>The example needs the Databento key in the process environment for CLI runs; a fake one is enough.</summary>
    public static void EnsureApiKey()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable)))
        {
            Environment.SetEnvironmentVariable(ApiKeyVariable, "db-testkeytestkeytestkeytestkey0");
        }
    }

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Converts YAML to JSON (plain scalars that are numbers, booleans or null become JSON literals).</summary>
    public static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var sb = new StringBuilder();
        WriteJson(stream.Documents[0].RootNode, sb);
        return sb.ToString();
    }

    private static void WriteJson(YamlNode node, StringBuilder sb)
    {
        switch (node)
        {
            case YamlMappingNode map:
                sb.Append("{\n");
                var first = true;
                foreach (var (key, value) in map.Children)
                {
                    sb.Append(first ? string.Empty : ",\n");
                    first = false;
                    sb.Append(System.Text.Json.JsonSerializer.Serialize(((YamlScalarNode)key).Value)).Append(": ");
                    WriteJson(value, sb);
                }

                sb.Append("\n}");
                break;
            case YamlSequenceNode seq:
                sb.Append('[').AppendJoin(", ", seq.Children.Select(c =>
                {
                    var inner = new StringBuilder();
                    WriteJson(c, inner);
                    return inner.ToString();
                })).Append(']');
                break;
            case YamlScalarNode scalar:
                var text = scalar.Value ?? string.Empty;
                var plain = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;
                if (plain && (text is "true" or "false" || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    sb.Append(text);
                }
                else if (plain && text is "" or "~" or "null")
                {
                    sb.Append("null");
                }
                else
                {
                    sb.Append(System.Text.Json.JsonSerializer.Serialize(text));
                }

                break;
        }
    }
}
