using NQStream.Sinks.Ilp;

namespace NQStream.Sinks.Store;

/// <summary>One column of a sink table.</summary>
public sealed class ColumnSchema
{
    /// <summary>Creates a column; the name must be a valid ILP column name.</summary>
    public ColumnSchema(string name, ColumnKind kind, bool dedupKey = false)
    {
        Name = name;
        Kind = kind;
        DedupKey = dedupKey;
        IlpName = IlpName.Column(name);
    }

    /// <summary>Column name (same in SQLite and QuestDB).</summary>
    public string Name { get; }

    /// <summary>Column type.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Part of the de-duplication key (QuestDB DEDUP UPSERT KEYS, SQLite unique index).</summary>
    public bool DedupKey { get; }

    /// <summary>The validated, escaped ILP name.</summary>
    public IlpName IlpName { get; }
}
