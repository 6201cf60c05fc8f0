using System.Text;

namespace NQStream.Sinks.Store;

/// <summary>
/// QuestDB DDL rendered from the shared schema: designated timestamp, <c>PARTITION BY DAY WAL</c> and
/// <c>DEDUP UPSERT KEYS</c> (docs/ops.md §2). questdb/schema.sql is exactly <see cref="Script"/>.
/// </summary>
public static class QuestDbDdl
{
    /// <summary>One CREATE TABLE statement.</summary>
    public static string Create(TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("-- ").Append(table.Description).Append('\n');
        sb.Append("CREATE TABLE IF NOT EXISTS ").Append(table.Name).Append(" (\n");
        int width = table.Columns.Max(c => c.Name.Length);
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            sb.Append("  ").Append(c.Name.PadRight(width)).Append(' ').Append(Type(c.Kind));
            sb.Append(i < table.Columns.Count - 1 ? ",\n" : "\n");
        }

        sb.Append(") TIMESTAMP(ts) PARTITION BY DAY WAL\n");
        sb.Append("  DEDUP UPSERT KEYS (").AppendJoin(", ", table.DedupKeys.Select(c => c.Name)).Append(");\n");
        return sb.ToString();
    }

    /// <summary>The whole questdb/schema.sql.</summary>
    public static string Script()
    {
        var sb = new StringBuilder();
        sb.Append("-- NQStream QuestDB schema. Generated from NQStream.Sinks.Store.StoreSchema (the same tables the\n");
        sb.Append("-- embedded SQLite store uses); a test fails when this file and the C# schema differ.\n");
        sb.Append("-- DEDUP UPSERT KEYS make re-sent batches (retries, spill-file replay) idempotent.\n");
        foreach (var table in StoreSchema.All)
        {
            sb.Append('\n').Append(Create(table));
        }

        return sb.ToString();
    }

    private static string Type(ColumnKind kind) => kind switch
    {
        ColumnKind.Timestamp => "TIMESTAMP_NS",
        ColumnKind.Symbol => "SYMBOL",
        ColumnKind.Varchar => "VARCHAR",
        ColumnKind.Long => "LONG",
        ColumnKind.Double => "DOUBLE",
        _ => "BOOLEAN",
    };
}
