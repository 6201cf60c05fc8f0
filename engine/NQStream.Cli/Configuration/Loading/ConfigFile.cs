using System.Text.RegularExpressions;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// A parsed configuration file split into its base section and its named profiles. Everything at the
/// top level except <c>profiles</c> is the base; each profile is a partial tree of the same shape.
/// </summary>
internal sealed partial class ConfigFile
{
    public const string ProfilesKey = "profiles";

    private ConfigFile(string path) => FilePath = path;

    public string FilePath { get; }

    /// <summary>The base section, or null when the file could not be parsed.</summary>
    public MapNode? Base { get; private set; }

    /// <summary>Profiles in file order.</summary>
    public List<(string Name, MapNode Overrides)> Profiles { get; } = [];

    /// <summary>Problems of the file as a whole: syntax, root shape, the profiles section.</summary>
    public List<ConfigProblem> Problems { get; } = [];

    public static ConfigFile Read(string path)
    {
        var file = new ConfigFile(path);
        var text = File.ReadAllText(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        ConfigNode? root;
        switch (extension)
        {
            case ".JSON":
                root = JsonTreeReader.Read(text, file.Problems);
                break;
            case ".YAML" or ".YML":
                root = YamlTreeReader.Read(text, file.Problems);
                break;
            default:
                file.Problems.Add(new(string.Empty, $"unsupported file extension '{Path.GetExtension(path)}'", ".yaml, .yml or .json", 0, 0));
                return file;
        }

        if (root is null)
        {
            return file;
        }

        if (root is not MapNode map)
        {
            file.Problems.Add(new(string.Empty, "wrong type, the document is " + root.Describe(), "a mapping at the top level", root.Line, root.Column));
            return file;
        }

        file.Base = new MapNode(map.Path, map.Line, map.Column);
        foreach (var entry in map.Entries)
        {
            if (entry.Key == ProfilesKey)
            {
                file.ReadProfiles(entry.Value);
            }
            else
            {
                file.Base.Entries.Add(entry);
            }
        }

        return file;
    }

    public MapNode? FindProfile(string name)
    {
        foreach (var (profile, overrides) in Profiles)
        {
            if (string.Equals(profile, name, StringComparison.Ordinal))
            {
                return overrides;
            }
        }

        return null;
    }

    private void ReadProfiles(ConfigNode node)
    {
        if (node is ScalarNode { Value: null })
        {
            return;
        }

        if (node is not MapNode profiles)
        {
            Problems.Add(new(ProfilesKey, "wrong type, got " + node.Describe(), "mapping of profile name to overrides", node.Line, node.Column));
            return;
        }

        foreach (var entry in profiles.Entries)
        {
            var path = ConfigPath.Child(ProfilesKey, entry.Key);
            if (!ProfileName().IsMatch(entry.Key))
            {
                Problems.Add(new(path, $"invalid profile name '{entry.Key}'", "lower-case letters, digits and _, starting with a letter", entry.Line, entry.Column));
                continue;
            }

            switch (entry.Value)
            {
                case MapNode overrides:
                    Profiles.Add((entry.Key, overrides));
                    break;
                case ScalarNode { Value: null }:
                    Profiles.Add((entry.Key, new MapNode(path, entry.Line, entry.Column)));
                    break;
                default:
                    Problems.Add(new(path, "wrong type, got " + entry.Value.Describe(), "mapping of overrides", entry.Value.Line, entry.Value.Column));
                    break;
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProfileName();
}
