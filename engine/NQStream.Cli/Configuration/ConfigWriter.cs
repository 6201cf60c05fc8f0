using System.Collections;
using NQStream.Cli.Configuration.Loading;
using NQStream.Cli.Configuration.Options;
using NQStream.Core.Configuration.Schema;
using YamlDotNet.RepresentationModel;

namespace NQStream.Cli.Configuration;

/// <summary>Writes resolved options back as YAML in the file's own shape, with secrets masked.</summary>
public static class ConfigWriter
{
    /// <summary>The options as a YAML document; secrets print as <c>***</c>, unset optional values are left out.</summary>
    public static string ToYaml(NQStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stream = new YamlStream(new YamlDocument(ToNode(options)));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlMappingNode ToNode(object section)
    {
        var map = new YamlMappingNode();
        foreach (var property in TypeSchema.For(section.GetType()).Properties)
        {
            var value = property.Property.GetValue(section);
            if (value is null)
            {
                continue;
            }

            YamlNode node = property.Kind switch
            {
                ValueKind.Object => ToNode(value),
                ValueKind.List => ToSequence(property.Item!, (IEnumerable)value),
                _ => new YamlScalarNode(Format(property.Item!, value)),
            };
            map.Add(property.Key, node);
        }

        return map;
    }

    private static YamlSequenceNode ToSequence(ScalarSpec item, IEnumerable values)
    {
        var seq = new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
        foreach (var value in values)
        {
            seq.Add(new YamlScalarNode(Format(item, value)));
        }

        return seq;
    }

    private static string Format(ScalarSpec spec, object value) => value switch
    {
        string s => SecretMask.Apply(spec, s),
        TimeSpan t => Duration.Format(t),
        Enum e => SnakeCase.From(e.ToString()),
        _ => ScalarSpec.Format(value),
    };
}
