using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// The store's write path before group commit (commit 4840955), kept as the peer of <see cref="StoreWriteBenchmark"/>:
/// a Microsoft.Data.Sqlite connection (serialized threading mode: SQLite locks the connection mutex around every
/// call), the same pragmas and DDL, the same <see cref="SqliteInsert"/> binding through SQLitePCL, and one
/// <c>BEGIN IMMEDIATE</c>…<c>COMMIT</c> per array, on the calling thread.
/// </summary>
internal static class OldStorePath
{
    public static long Write(string path, SinkRow[][] batches)
    {
        using var connection = SqliteStore.OpenConnection(path, readOnly: false);
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";
            pragma.ExecuteNonQuery();
            foreach (var table in StoreSchema.All)
            {
                pragma.CommandText = SqliteDdl.Create(table);
                pragma.ExecuteNonQuery();
            }
        }

        var inserts = new Dictionary<TableSchema, SqliteInsert>();
        foreach (var table in StoreSchema.All)
        {
            inserts[table] = new SqliteInsert(connection.Handle!, table);
        }

        long committed = 0;
        try
        {
            foreach (var rows in batches)
            {
                using (var tx = connection.BeginTransaction())
                {
                    TableSchema? table = null;
                    SqliteInsert? insert = null;
                    foreach (var row in rows)
                    {
                        if (!ReferenceEquals(row.Table, table))
                        {
                            table = row.Table;
                            insert = inserts[table];
                        }

                        insert!.Execute(row);
                    }

                    tx.Commit();
                }

                committed += rows.Length;
            }
        }
        finally
        {
            foreach (var insert in inserts.Values)
            {
                insert.Dispose();
            }
        }

        return committed;
    }
}
