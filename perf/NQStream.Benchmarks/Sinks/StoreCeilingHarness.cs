using System.Diagnostics;
using System.Globalization;
using System.Text;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using SQLitePCL;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// <c>dotnet run -c Release --project perf/NQStream.Benchmarks -- store-ceiling-harness [runs]</c>: what SQLite itself
/// allows for the replay's window rows (the simulated day of <see cref="StoreWriteBenchmark"/>), on one thread through
/// SQLitePCL's raw API, interleaved runs, rows/s by wall clock and CPU time:
/// <list type="bullet">
/// <item><c>store statement</c>: the store's upsert, binder and pragmas, 32,768-row transactions (what group commit
/// does);</item>
/// <item><c>no unique index</c>: the same without <c>windows_dedup</c> (not allowed: it is the de-duplication) — the
/// cost of the table append alone;</item>
/// <item><c>no journal, one transaction</c>: journal_mode=OFF, synchronous=OFF, locking_mode=EXCLUSIVE, every row in
/// one transaction (not allowed: a crash corrupts the file) — the index's cost without any I/O discipline;</item>
/// <item><c>16-row VALUES</c>: one statement per 16 rows (every value bound), 32,768-row transactions.</item>
/// </list>
/// Not a store: it checks only the row count.
/// </summary>
public static class StoreCeilingHarness
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";
    private const string Unsafe = "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;";

    public static int Run(int runs)
    {
        Batteries_V2.Init();
        var rows = DayWindowRows.Build(seed: 7, eventsPerDay: 1_000_000).ToArray();
        var dir = Path.Combine(Path.GetTempPath(), "nqstream-store-ceiling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"day: {rows.Length:N0} window rows"));
        (string Name, string Pragmas, bool Index, int Transaction, int PerStatement)[] cases =
        [
            ("store statement, 32k-row tx", Pragmas, true, 32_768, 1),
            ("no unique index, 32k-row tx", Pragmas, false, 32_768, 1),
            ("no journal, one transaction", Unsafe, true, int.MaxValue, 1),
            ("16-row VALUES, 32k-row tx", Pragmas, true, 32_768, 16),
        ];
        try
        {
            for (var run = 0; run <= runs; run++)
            {
                foreach (var c in cases)
                {
                    var path = Path.Combine(dir, "ceiling.db");
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var wall = Stopwatch.StartNew();
                    long n = Write(path, rows, c.Pragmas, c.Index, c.Transaction, c.PerStatement);
                    wall.Stop();
                    double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    if (n != rows.Length)
                    {
                        throw new InvalidOperationException($"checksum failed: {c.Name} wrote {n} rows, expected {rows.Length}");
                    }

                    if (run > 0)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{c.Name,-30} run {run}  wall {n / wall.Elapsed.TotalSeconds,11:N0} rows/s  cpu {n / cpuSeconds,11:N0} rows/cpu-s"));
                    }

                    foreach (var f in Directory.GetFiles(dir))
                    {
                        File.Delete(f);
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        return 0;
    }

    private static long Write(string path, WindowRow[] rows, string pragmas, bool index, int transaction, int perStatement)
    {
        Check(raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_NOMUTEX, null), db);
        using (db)
        {
            Exec(db, pragmas);
            Exec(db, SqliteDdl.Create(StoreSchema.Windows));
            if (!index)
            {
                Exec(db, "DROP INDEX windows_dedup");
            }

            Check(raw.sqlite3_prepare_v2(db, InsertSql(perStatement), out var multi), db);
            using (multi)
            using (var single = new SqliteInsert(db, StoreSchema.Windows))
            {
                var scratch = new byte[256];
                long written = 0;
                for (var at = 0; at < rows.Length; at += transaction)
                {
                    var end = (int)Math.Min(rows.Length, (long)at + transaction);
                    Exec(db, "BEGIN IMMEDIATE");
                    var i = at;
                    for (; perStatement > 1 && i + perStatement <= end; i += perStatement)
                    {
                        for (var j = 0; j < perStatement; j++)
                        {
                            Bind(multi, j * 11, rows[i + j], scratch);
                        }

                        Step(db, multi);
                    }

                    for (; i < end; i++)
                    {
                        single.Execute(rows[i]);
                    }

                    Exec(db, "COMMIT");
                    written += end - at;
                }

                return written;
            }
        }
    }

    private static string InsertSql(int perStatement)
    {
        var sql = new StringBuilder(SqliteDdl.Insert(StoreSchema.Windows));
        sql.Length = sql.ToString().IndexOf(" VALUES ", StringComparison.Ordinal) + " VALUES ".Length;
        for (var r = 0; r < perStatement; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").Append(string.Join(", ", Enumerable.Repeat("?", 11))).Append(')');
        }

        return sql.ToString();
    }

    private static void Bind(sqlite3_stmt statement, int offset, WindowRow row, byte[] scratch)
    {
        raw.sqlite3_bind_int64(statement, offset + 1, row.Ts);
        Text(statement, offset + 2, row.RawSymbol, scratch);
        Text(statement, offset + 3, row.Window, scratch);
        raw.sqlite3_bind_int64(statement, offset + 4, row.InstrumentId);
        Real(statement, offset + 5, row.Pressure);
        Real(statement, offset + 6, row.Ofi);
        raw.sqlite3_bind_int64(statement, offset + 7, row.Volume);
        raw.sqlite3_bind_int64(statement, offset + 8, row.BuyVolume);
        raw.sqlite3_bind_int64(statement, offset + 9, row.SellVolume);
        Real(statement, offset + 10, row.VolumeRatio);
        Real(statement, offset + 11, row.Z);
    }

    private static void Text(sqlite3_stmt statement, int index, string value, byte[] scratch) =>
        raw.sqlite3_bind_text(statement, index, scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, scratch)));

    private static void Real(sqlite3_stmt statement, int index, double value)
    {
        if (double.IsNaN(value))
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_double(statement, index, value);
        }
    }

    private static void Step(sqlite3 db, sqlite3_stmt statement)
    {
        int rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new InvalidOperationException("insert failed: " + raw.sqlite3_errmsg(db).utf8_to_string());
        }
    }

    private static void Exec(sqlite3 db, string sql) => Check(raw.sqlite3_exec(db, sql, null, null, out _), db);

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"sqlite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}"));
        }
    }
}
