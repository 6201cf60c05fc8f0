namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// Deep merge of a profile over the base section, with JSON Merge Patch semantics (RFC 7386): mappings
/// merge key by key, lists and scalars replace, an explicit null removes the key (its default applies).
/// </summary>
internal static class ProfileMerger
{
    public static MapNode Merge(MapNode baseMap, MapNode overlay)
    {
        var merged = new MapNode(baseMap.Path, baseMap.Line, baseMap.Column);
        foreach (var entry in baseMap.Entries)
        {
            if (overlay.Find(entry.Key) is not { } over)
            {
                merged.Entries.Add(entry);
            }
            else if (over.Value is ScalarNode { Value: null })
            {
                // explicit null in the profile: the key is removed
            }
            else if (entry.Value is MapNode baseChild && over.Value is MapNode overChild)
            {
                merged.Entries.Add(entry with { Value = Merge(baseChild, overChild) });
            }
            else
            {
                merged.Entries.Add(over);
            }
        }

        foreach (var over in overlay.Entries)
        {
            if (baseMap.Find(over.Key) is null && over.Value is not ScalarNode { Value: null })
            {
                merged.Entries.Add(over);
            }
        }

        return merged;
    }
}
