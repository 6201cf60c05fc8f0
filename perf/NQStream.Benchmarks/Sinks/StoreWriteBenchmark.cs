using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// Sustained writes of windows rows into a real SQLite file (WAL, synchronous=NORMAL, unique dedup index):
/// <list type="bullet">
/// <item><c>RowAtATime</c> (baseline peer): one prepared INSERT per row in autocommit mode — one transaction per row.</item>
/// <item><c>SqliteStoreBatched</c>: <see cref="SqliteStore"/> — bounded BatchBlock → ActionBlock, 1,000 rows per
/// transaction — including the final flush, so the figure is rows durably committed per second.</item>
/// </list>
/// Goal: ≥ 300,000 rows/s sustained.
/// </summary>
[MemoryDiagnoser]
public class StoreWriteBenchmark
{
    internal const int Rows = 100_000;
    private WindowRow[] _rows = [];
    private string _dir = "";
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _rows = new WindowRow[Rows];
        for (int i = 0; i < Rows; i++)
        {
            _rows[i] = new WindowRow
            {
                Ts = 1_763_735_400_000_000_000 + i,
                InstrumentId = 42_000 + (i % 400),
                RawSymbol = "NQZ5 C21000",
                Window = "1m",
                Pressure = i * 0.001,
                Volume = i,
                BuyVolume = i / 2,
                SellVolume = i / 3,
                VolumeRatio = 1.5,
            };
        }

        _dir = Path.Combine(Path.GetTempPath(), "nqstream-bench-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [IterationSetup]
    public void NewFile()
    {
        _path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");
        SqliteStore.Open(_path).DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteFile()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(_dir))
        {
            File.Delete(f);
        }
    }

    internal string CurrentPath => _path;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public long RowAtATime()
    {
        using var c = SqliteStore.OpenConnection(_path, readOnly: false);
        using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }

        using var cmd = c.CreateCommand();
        cmd.CommandText = SqliteDdl.Insert(StoreSchema.Windows);
        var p = new SqliteParameter[StoreSchema.Windows.Columns.Count];
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = cmd.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value));
        }

        cmd.Prepare();
        long n = 0;
        foreach (var r in _rows)
        {
            p[0].Value = r.Ts;
            p[1].Value = r.RawSymbol;
            p[2].Value = r.Window;
            p[3].Value = r.InstrumentId;
            p[4].Value = r.Pressure;
            p[5].Value = DBNull.Value;
            p[6].Value = r.Volume;
            p[7].Value = r.BuyVolume;
            p[8].Value = r.SellVolume;
            p[9].Value = r.VolumeRatio;
            p[10].Value = DBNull.Value;
            n += cmd.ExecuteNonQuery();
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long SqliteStoreBatched() => WriteAll().GetAwaiter().GetResult();

    private async Task<long> WriteAll()
    {
        await using var store = SqliteStore.Open(_path, new SqliteStoreOptions { BatchSize = 1000, Capacity = 20_000 });
        foreach (var r in _rows)
        {
            await store.WriteAsync(r);
        }

        await store.FlushAsync();
        return store.Committed;
    }
}
