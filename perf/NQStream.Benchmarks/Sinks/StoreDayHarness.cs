using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// <c>dotnet run -c Release --project perf/NQStream.Benchmarks -- store-day-harness [runs]</c>: the realistic day of
/// <see cref="StoreWriteBenchmark"/> (all of its window rows, 4,096-row arrays) written by the old path, the store with
/// one transaction per array and the store with group commit, interleaved; one line per run with rows/s by wall clock
/// and by process CPU time. Fails unless every file holds the same table, rowids included (FNV-1a over
/// <c>SELECT rowid, * FROM windows ORDER BY rowid</c>).
/// </summary>
public static class StoreDayHarness
{
    public static int Run(int runs)
    {
        var day = DayWindowRows.Build(seed: 7, eventsPerDay: 1_000_000);
        var batches = day.Chunk(StoreWriteBenchmark.DayBatchRows).Select(c => c.ToArray<SinkRow>()).ToArray();
        var dir = Path.Combine(Path.GetTempPath(), "nqstream-store-day-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"day: {day.Count:N0} window rows in {batches.Length:N0} arrays"));
        (string Name, Func<string, long> Write)[] paths =
        [
            ("old path (serialized, 1 tx/array)", p => OldStorePath.Write(p, batches)),
            ("store, 1 tx/array", p => StoreWriteBenchmark.WriteDay(p, batches, new SqliteStoreOptions { TransactionRows = 1 }).GetAwaiter().GetResult()),
            ("store, group commit (default)", p => StoreWriteBenchmark.WriteDay(p, batches, new SqliteStoreOptions()).GetAwaiter().GetResult()),
        ];
        try
        {
            ulong? expected = null;
            for (var run = 0; run <= runs; run++)
            {
                foreach (var (name, write) in paths)
                {
                    var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var wall = Stopwatch.StartNew();
                    long rows = write(path);
                    wall.Stop();
                    double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    ulong hash = Hash(path);
                    expected ??= hash;
                    if (rows != day.Count || hash != expected)
                    {
                        throw new InvalidOperationException($"checksum failed: {name} committed {rows} rows, table hash {hash:x16}, expected {day.Count} and {expected:x16}");
                    }

                    if (run > 0)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{name,-36} run {run}  wall {rows / wall.Elapsed.TotalSeconds,11:N0} rows/s  cpu {rows / cpuSeconds,11:N0} rows/cpu-s  {wall.Elapsed.TotalMilliseconds,7:N0} ms  table {hash:x16}"));
                    }

                    SqliteConnection.ClearAllPools();
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

    private static ulong Hash(string path)
    {
        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT rowid, * FROM windows ORDER BY rowid";
        using var r = cmd.ExecuteReader();
        ulong h = 14695981039346656037;
        var values = new object[r.FieldCount];
        while (r.Read())
        {
            r.GetValues(values);
            foreach (var v in values)
            {
                var text = v switch
                {
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    string s => s,
                    _ => "null",
                };
                foreach (var ch in text)
                {
                    h = (h ^ ch) * 1099511628211;
                }

                h = (h ^ '|') * 1099511628211;
            }
        }

        return h;
    }
}
