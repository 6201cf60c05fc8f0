using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// Sustained writes of windows rows into a real SQLite file (WAL, synchronous=NORMAL, unique dedup index). Two groups,
/// each with its own baseline (ratios are within a group):
/// <list type="bullet">
/// <item><c>synthetic</c>, 100,000 uniform rows: <c>RowAtATime</c> (baseline peer: one prepared INSERT per row in
/// autocommit mode — one transaction per row) against <c>SqliteStoreBatched</c> (<see cref="SqliteStore"/> fed row by
/// row, 1,000 rows per batch), including the final flush: rows durably committed per second. Goal ≥ 300,000 rows/s.</item>
/// <item><c>day</c>, the first <see cref="DayRows"/> windows rows of a simulated replay day (seed 7, 1 M events;
/// <see cref="DayWindowRows"/>: ~6,000 instruments, keys of one batch spread over hours), handed over as the replay
/// does (4,096-row arrays): <c>OldPath</c> (baseline: the store's write path before group commit — a
/// Microsoft.Data.Sqlite connection in serialized mode, SQLitePCL binding, one transaction per array) against the
/// current <see cref="SqliteStore"/> with one transaction per array and with group commit (the default).</item>
/// </list>
/// Run: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*StoreWriteBenchmark*' --job short
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StoreWriteBenchmark
{
    internal const int Rows = 100_000;

    /// <summary>Rows of the simulated day written per invocation (the day has more; the first ones, in replay order).</summary>
    internal const int DayRows = 360_000;

    /// <summary>The replay's array size (RowBatcher.BatchRows in the CLI).</summary>
    internal const int DayBatchRows = 4096;

    private WindowRow[] _rows = [];
    private SinkRow[][] _dayBatches = [];
    private string _dir = "";
    private string _path = "";

    [GlobalSetup(Targets = [nameof(RowAtATime), nameof(SqliteStoreBatched)])]
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

    [GlobalSetup(Targets = [nameof(OldPath), nameof(OneTransactionPerBatch), nameof(GroupCommit)])]
    public void SetupDay()
    {
        var day = DayWindowRows.Build(seed: 7, eventsPerDay: 1_000_000);
        if (day.Count < DayRows)
        {
            throw new InvalidOperationException($"the simulated day has {day.Count} window rows, fewer than {DayRows}");
        }

        _dayBatches = day.Take(DayRows).Chunk(DayBatchRows).Select(c => c.ToArray<SinkRow>()).ToArray();
        _dir = Path.Combine(Path.GetTempPath(), "nqstream-bench-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        Console.WriteLine($"// day: {day.Count:N0} window rows, first {DayRows:N0} written per invocation");
    }

    [IterationSetup(Targets = [nameof(OldPath), nameof(OneTransactionPerBatch), nameof(GroupCommit)])]
    public void NewDayPath() => _path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");

    [IterationSetup(Targets = [nameof(RowAtATime), nameof(SqliteStoreBatched)])]
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
    [BenchmarkCategory("synthetic")]
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
    [BenchmarkCategory("synthetic")]
    public long SqliteStoreBatched() => WriteAll().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = DayRows)]
    [BenchmarkCategory("day")]
    public long OldPath() => OldStorePath.Write(_path, _dayBatches);

    [Benchmark(OperationsPerInvoke = DayRows)]
    [BenchmarkCategory("day")]
    public long OneTransactionPerBatch() => WriteDay(_path, _dayBatches, new SqliteStoreOptions { TransactionRows = 1 }).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = DayRows)]
    [BenchmarkCategory("day")]
    public long GroupCommit() => WriteDay(_path, _dayBatches, new SqliteStoreOptions()).GetAwaiter().GetResult();

    /// <summary>As the replay writes: one <see cref="SqliteStore.WriteBatchAsync"/> per array, then a flush.</summary>
    internal static async Task<long> WriteDay(string path, SinkRow[][] batches, SqliteStoreOptions options)
    {
        await using var store = SqliteStore.Open(path, options);
        foreach (var batch in batches)
        {
            await store.WriteBatchAsync(batch, batch.Length);
        }

        await store.FlushAsync();
        return store.Committed;
    }

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
