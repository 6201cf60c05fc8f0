using System.Globalization;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using SQLitePCL;

namespace NQStream.Sinks.Store;

/// <summary>
/// The store's own connection to its file, driven through SQLitePCL's raw API: pragmas and DDL at open, one prepared
/// upsert per table, <c>BEGIN IMMEDIATE</c> / <c>COMMIT</c> / <c>ROLLBACK</c> prepared once. Opened with
/// <c>SQLITE_OPEN_NOMUTEX</c>: only the store's writer uses it, one call at a time (open, then the writer loop, then
/// dispose after the loop has ended), so SQLite's per-call connection mutex (a lock and an unlock around every bind,
/// step and reset) is not needed; it measured 0–5 % of a window row, within this machine's noise (perf/RESULTS.md,
/// Store writes).
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly Dictionary<TableSchema, SqliteInsert> _inserts = [];
    private readonly sqlite3_stmt _begin;
    private readonly sqlite3_stmt _commit;
    private readonly sqlite3_stmt _rollback;
    private readonly HashSet<TableSchema> _written = [];

    private SqliteWriter(sqlite3 db)
    {
        _db = db;
        // A replay day writes hundreds of MB of windows. A 64 MiB page cache (SQLite's default is 2 MiB) keeps the
        // index pages the inserts re-read; checkpointing the WAL every 64 MiB instead of every 4 MiB cuts the
        // checkpoint copies and fsyncs (perf/RESULTS.md, Replay end to end). Durability: WAL with synchronous=NORMAL —
        // a commit has written its pages to the WAL file when it returns, so a killed process loses nothing committed;
        // an OS crash or power loss may lose the last commits (the WAL is synced at checkpoints, not per commit) but
        // never corrupts the file.
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;");
        foreach (var table in StoreSchema.All)
        {
            Exec(SqliteDdl.Create(table));
        }

        _begin = Prepare("BEGIN IMMEDIATE");
        _commit = Prepare("COMMIT");
        _rollback = Prepare("ROLLBACK");
        foreach (var table in StoreSchema.All)
        {
            _inserts[table] = new SqliteInsert(db, table);
        }
    }

    /// <summary>
    /// Opens (creating when absent) the file for writing and its tables. Failures throw <see cref="SqliteException"/>
    /// with SQLite's message, as <see cref="SqliteConnection.Open"/> does.
    /// </summary>
    public static SqliteWriter Open(string path)
    {
        Batteries_V2.Init();
        int rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_NOMUTEX, null);
        try
        {
            SqliteException.ThrowExceptionForRC(rc, db);
            return new SqliteWriter(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts a write transaction for <paramref name="first"/> (takes the file's write lock, waiting up to the busy
    /// timeout for another writer). A failure names the tables of that batch.
    /// </summary>
    public void Begin(SinkRow[] first, int count)
    {
        _written.Clear();
        int rc = raw.sqlite3_step(_begin);
        raw.sqlite3_reset(_begin);
        if (rc != raw.SQLITE_DONE)
        {
            for (var i = 0; i < count; i++)
            {
                _written.Add(first[i].Table);
            }

            throw Failure($"starting a transaction for {count:N0} rows into {Tables()}");
        }
    }

    /// <summary>Upserts the first <paramref name="count"/> rows of <paramref name="rows"/>, in order. Throws naming the table.</summary>
    public void Write(SinkRow[] rows, int count)
    {
        TableSchema? table = null;
        SqliteInsert? insert = null;
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            if (!ReferenceEquals(row.Table, table))
            {
                table = row.Table;
                insert = _inserts[table];
                _written.Add(table);
            }

            insert!.Execute(row);
        }
    }

    /// <summary>Commits the transaction; a failure names the tables it wrote to.</summary>
    public void Commit(long rows)
    {
        int rc = raw.sqlite3_step(_commit);
        raw.sqlite3_reset(_commit);
        if (rc != raw.SQLITE_DONE)
        {
            throw Failure($"committing {rows:N0} rows into {Tables()}");
        }
    }

    /// <summary>Rolls the open transaction back, if SQLite has not already done so (it does after some I/O errors).</summary>
    public void Rollback()
    {
        if (raw.sqlite3_get_autocommit(_db) == 0)
        {
            raw.sqlite3_step(_rollback);
            raw.sqlite3_reset(_rollback);
        }
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Dispose();
        }

        _begin.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
        _db.Dispose();
    }

    private void Exec(string sql)
    {
        int rc = raw.sqlite3_exec(_db, sql, null, null, out _);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        int rc = raw.sqlite3_prepare_v2(_db, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
        return statement;
    }

    private string Tables() => string.Join(", ", _written.Select(t => t.Name).Order(StringComparer.Ordinal));

    private InvalidOperationException Failure(FormattableString what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"sqlite: {what.ToString(CultureInfo.InvariantCulture)} failed: {raw.sqlite3_errmsg(_db).utf8_to_string()}"));
}
