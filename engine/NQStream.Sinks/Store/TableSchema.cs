using NQStream.Sinks.Ilp;

namespace NQStream.Sinks.Store;

/// <summary>
/// One sink table, described once and rendered both as SQLite DDL (<see cref="SqliteDdl"/>) and as QuestDB DDL
/// (<see cref="QuestDbDdl"/>, committed as questdb/schema.sql and compared by a test), so they cannot drift.
/// Column order: <c>ts</c> first, then symbols, then the other columns — the order ILP needs.
/// </summary>
public sealed class TableSchema
{
    /// <summary>Creates a table; checks the column order rules.</summary>
    public TableSchema(string name, string description, params ColumnSchema[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0 || columns[0].Name != "ts" || columns[0].Kind != ColumnKind.Timestamp)
        {
            throw new ArgumentException($"table {name}: the first column must be 'ts' (Timestamp)", nameof(columns));
        }

        bool seenNonSymbol = false;
        for (int i = 1; i < columns.Length; i++)
        {
            if (columns[i].Kind == ColumnKind.Timestamp)
            {
                throw new ArgumentException($"table {name}: only 'ts' may be a Timestamp", nameof(columns));
            }

            if (columns[i].Kind == ColumnKind.Symbol && seenNonSymbol)
            {
                throw new ArgumentException($"table {name}: symbol '{columns[i].Name}' must precede the other columns", nameof(columns));
            }

            seenNonSymbol |= columns[i].Kind != ColumnKind.Symbol;
        }

        Name = name;
        Description = description;
        Columns = columns;
        IlpName = IlpName.Table(name);
        IlpColumnNames = Array.ConvertAll(columns, c => c.IlpName);
    }

    /// <summary>Table name (same in SQLite and QuestDB).</summary>
    public string Name { get; }

    /// <summary>One-line description, written as a comment in the DDL.</summary>
    public string Description { get; }

    /// <summary>Columns in order.</summary>
    public IReadOnlyList<ColumnSchema> Columns { get; }

    /// <summary>The validated ILP table name.</summary>
    public IlpName IlpName { get; }

    /// <summary>Column ILP names by position (an array: no interface call per column on the encode path).</summary>
    internal IlpName[] IlpColumnNames { get; }

    /// <summary>The designated timestamp plus the columns marked <see cref="ColumnSchema.DedupKey"/>.</summary>
    public IEnumerable<ColumnSchema> DedupKeys => Columns.Where(c => c.Name == "ts" || c.DedupKey);
}
