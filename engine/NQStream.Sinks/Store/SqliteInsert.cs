using NQStream.Sinks.Rows;
using SQLitePCL;

namespace NQStream.Sinks.Store;

/// <summary>
/// The prepared upsert for one table, driven through SQLitePCL directly: ADO.NET's per-execute parameter
/// lookup by name and boxing cost more than SQLite itself here (perf/RESULTS.md, Sinks). Failures name the table.
/// </summary>
internal sealed class SqliteInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly TableSchema _table;
    private readonly sqlite3_stmt _statement;
    private readonly byte[] _scratch = new byte[4096];
    private readonly BindCache _bound;

    public SqliteInsert(sqlite3 db, TableSchema table)
    {
        _db = db;
        _table = table;
        _bound = new BindCache(table.Columns.Count);
        int rc = raw.sqlite3_prepare_v2(db, SqliteDdl.Insert(table), out _statement);
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"sqlite prepare failed for {table.Name}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }

    public void Execute(SinkRow row)
    {
        var binder = new SqliteRowBinder(_statement, _scratch, _bound);
        try
        {
            row.WriteTo(ref binder);
        }
        catch (InvalidOperationException ex)
        {
            _bound.Clear();
            throw new InvalidOperationException($"sqlite insert into {_table.Name} failed: {ex.Message}", ex);
        }
        catch
        {
            _bound.Clear();
            throw;
        }

        int rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            _bound.Clear();
            throw new InvalidOperationException($"sqlite insert into {_table.Name} failed: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
        }
    }

    public void Dispose() => _statement.Dispose();
}
