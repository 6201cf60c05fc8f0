namespace NQStream.Market.Instruments;

/// <summary>The definition's <c>security_update_action</c> (docs/dbn.md §3.10).</summary>
public enum DefinitionAction : byte
{
    /// <summary><c>A</c> add (also the legacy <c>~</c> and any unknown byte: a definition is an upsert).</summary>
    Add = 0,
    /// <summary><c>M</c> modify: the new definition replaces every field of the previous one.</summary>
    Modify = 1,
    /// <summary><c>D</c> delete: the instrument is no longer current.</summary>
    Delete = 2,
}
