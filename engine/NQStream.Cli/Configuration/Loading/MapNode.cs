namespace NQStream.Cli.Configuration.Loading;

/// <summary>A mapping (YAML mapping, JSON object); keys keep file order.</summary>
internal sealed class MapNode : ConfigNode
{
    public MapNode(string path, int line, int column)
        : base(path, line, column)
    {
    }

    public List<MapEntry> Entries { get; } = [];

    public MapEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public override string Describe() => "a mapping";
}
