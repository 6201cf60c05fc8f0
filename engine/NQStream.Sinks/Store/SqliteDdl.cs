using System.Text;

namespace NQStream.Sinks.Store;

/// <summary>SQLite DDL rendered from a <see cref="TableSchema"/>: typed columns, a unique de-duplication index.</summary>
public static class SqliteDdl
{
    /// <summary>CREATE TABLE and CREATE UNIQUE INDEX statements (idempotent).</summary>
    public static string Create(TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("CREATE TABLE IF NOT EXISTS ").Append(table.Name).Append(" (");
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            sb.Append(i == 0 ? "" : ", ").Append('"').Append(c.Name).Append("\" ").Append(Type(c.Kind));
            if (c.Kind == ColumnKind.Timestamp || c.DedupKey)
            {
                sb.Append(" NOT NULL");
            }
        }

        sb.Append(");\n");
        sb.Append("CREATE UNIQUE INDEX IF NOT EXISTS ").Append(table.Name).Append("_dedup ON ").Append(table.Name).Append(" (");
        sb.AppendJoin(", ", table.DedupKeys.Select(c => "\"" + c.Name + "\""));
        sb.Append(");\n");
        return sb.ToString();
    }

    /// <summary>The upsert used by the writer: a re-sent row replaces the stored one (QuestDB DEDUP UPSERT semantics).</summary>
    public static string Insert(TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var names = string.Join(", ", table.Columns.Select(c => "\"" + c.Name + "\""));
        var values = string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"INSERT OR REPLACE INTO {table.Name} ({names}) VALUES ({values})";
    }

    private static string Type(ColumnKind kind) => kind switch
    {
        ColumnKind.Timestamp or ColumnKind.Long or ColumnKind.Boolean => "INTEGER",
        ColumnKind.Double => "REAL",
        _ => "TEXT",
    };
}
