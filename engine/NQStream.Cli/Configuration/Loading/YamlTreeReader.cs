using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>Reads YAML into the node tree, keeping line and column of every key and value.</summary>
internal static class YamlTreeReader
{
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { "", "~", "null", "Null", "NULL" };

    /// <summary>The root node, an empty mapping for an empty file, or null after a syntax error (added to problems).</summary>
    public static ConfigNode? Read(string text, List<ConfigProblem> problems)
    {
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            problems.Add(new(string.Empty, "syntax error: " + Clean(ex.Message), "valid YAML", (int)ex.Start.Line, (int)ex.Start.Column));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 16 throws this for some unterminated flow collections; the parser knows where it stopped.
            var mark = parser.Current?.Start;
            problems.Add(new(string.Empty, "syntax error: " + Clean(ex.Message), "valid YAML", (int)(mark?.Line ?? 0), (int)(mark?.Column ?? 0)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new MapNode(string.Empty, 1, 1);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            problems.Add(new(string.Empty, "more than one YAML document", "a single document", (int)second.Line, (int)second.Column));
            return null;
        }

        return Convert(stream.Documents[0].RootNode, string.Empty, problems);
    }

    private static ConfigNode Convert(YamlNode node, string path, List<ConfigProblem> problems)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new MapNode(path, line, column);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        problems.Add(new(path, "mapping key is not a plain scalar", "a key name", (int)key.Start.Line, (int)key.Start.Column));
                        continue;
                    }

                    var childPath = ConfigPath.Child(path, name);
                    map.Entries.Add(new MapEntry(name, (int)key.Start.Line, (int)key.Start.Column, Convert(value, childPath, problems)));
                }

                return map;
            case YamlSequenceNode sequence:
                var seq = new SeqNode(path, line, column);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    seq.Items.Add(Convert(sequence.Children[i], ConfigPath.Item(path, i), problems));
                }

                return seq;
            case YamlScalarNode scalar:
                var isNull = scalar.Style == ScalarStyle.Plain && NullWords.Contains(scalar.Value ?? string.Empty);
                return new ScalarNode(path, line, column, isNull ? null : scalar.Value ?? string.Empty);
            default:
                return new ScalarNode(path, line, column, null);
        }
    }

    private static string Clean(string message) => message.Replace('\n', ' ').Replace('\r', ' ').TrimEnd('.', ' ');
}
