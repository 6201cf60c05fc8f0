using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// <c>dotnet run -c Release --project perf/NQStream.Benchmarks -- sinks-harness</c>: one line per run with rows/s
/// by wall clock and by process CPU time (the machine's 2 cores are shared, so CPU time is the stable figure),
/// allocated bytes per row and GC counts. Fails when a checksum is wrong: the ILP encoders' outputs must be
/// byte-identical to the naive peer's, the store must hold every row.
/// </summary>
public static class SinksHarness
{
    public static int Run()
    {
        var ilp = new IlpEncodeBenchmark();
        ilp.Setup();
        ulong expected = Fnv(ilp.NaiveBytes());
        Check(Fnv(ilp.IlpV1Bytes()) == expected, "IlpBuffer v1 output differs from the naive encoder's");
        for (int run = 1; run <= 3; run++)
        {
            Measure($"ilp-encode naive-stringbuilder run {run}", 10_000, 300, () => ilp.NaiveStringBuilder());
            Measure($"ilp-encode ilpbuffer-direct-v1 run {run}", 10_000, 300, () => ilp.IlpBufferDirect());
            Measure($"ilp-encode rowwriter-sinkrows-v1 run {run}", 10_000, 300, () => ilp.IlpRowWriterSinkRows());
            Measure($"ilp-encode rowwriter-sinkrows-v2 run {run}", 10_000, 300, () => ilp.IlpRowWriterSinkRowsV2());
        }

        var store = new StoreWriteBenchmark();
        store.Setup();
        try
        {
            for (int run = 1; run <= 3; run++)
            {
                StoreRun($"store row-at-a-time run {run}", store, () => store.RowAtATime());
                StoreRun($"store sqlitestore-batched run {run}", store, () => store.SqliteStoreBatched());
            }
        }
        finally
        {
            store.Cleanup();
        }

        return 0;
    }

    private static void StoreRun(string name, StoreWriteBenchmark store, Func<long> write)
    {
        store.NewFile();
        Measure(name, StoreWriteBenchmark.Rows, 1, write);
        using (var c = SqliteStore.OpenConnection(store.CurrentPath, readOnly: true))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT count(*), sum(volume) FROM windows";
            using var r = cmd.ExecuteReader();
            r.Read();
            long n = StoreWriteBenchmark.Rows;
            Check(r.GetInt64(0) == n && r.GetInt64(1) == n * (n - 1) / 2, name + ": stored rows checksum");
        }

        SqliteConnection.ClearAllPools();
        store.DeleteFile();
    }

    private static void Measure(string name, int rowsPerCall, int calls, Func<long> action)
    {
        action();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            action();
        }

        wall.Stop();
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double rows = (double)rowsPerCall * calls;
        double bytesPerRow = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rows;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-42} rows {rows,10:N0}  wall {rows / wall.Elapsed.TotalSeconds,14:N0} rows/s  cpu {rows / cpuSeconds,14:N0} rows/cpu-s  duration {wall.Elapsed.TotalMilliseconds,8:N0} ms  alloc {bytesPerRow,8:N1} B/row  gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}"));
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("checksum failed: " + what);
        }
    }

    private static ulong Fnv(ReadOnlySpan<byte> bytes)
    {
        ulong h = 14695981039346656037;
        foreach (byte b in bytes)
        {
            h = (h ^ b) * 1099511628211;
        }

        return h;
    }
}
