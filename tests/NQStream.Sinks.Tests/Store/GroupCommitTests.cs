using System.Globalization;
using System.Text;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

/// <summary>
/// Group commit: batches that wait while the writer cannot start a transaction (another connection holds the file's
/// write lock) are written together in one transaction, the table ends up exactly as with one transaction per batch
/// (rowids included), a bad row keeps every batch before its own, and a lock held too long fails naming the tables.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private const int Batches = 6;
    private const int PerBatch = 300;
    private readonly string _dir = RepoPaths.NewTempDir("store-group");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    /// <summary>Window rows with keys spread like a replay's (late windows), duplicate keys within and across batches, and a signal per batch.</summary>
    private static SinkRow[][] Workload()
    {
        var random = new Random(11);
        var batches = new SinkRow[Batches][];
        for (var b = 0; b < Batches; b++)
        {
            var rows = new SinkRow[PerBatch];
            for (var i = 0; i < PerBatch - 1; i++)
            {
                var instrument = random.Next(40);
                rows[i] = new WindowRow
                {
                    Ts = 10_000L * random.Next(30),
                    InstrumentId = instrument,
                    RawSymbol = "NQZ5 C" + (20_000 + instrument).ToString(CultureInfo.InvariantCulture),
                    Window = random.Next(4) == 0 ? "flow_10s" : "ofi_10s",
                    Ofi = random.Next(-50, 50),
                    Pressure = random.Next(3) == 0 ? double.NaN : random.NextDouble(),
                    Volume = random.Next(3),
                };
            }

            rows[^1] = StoreRoundTripTests.Signal(b % 4, id: "s" + (b % 4).ToString(CultureInfo.InvariantCulture)) with { Score = b };
            batches[b] = rows;
        }

        return batches;
    }

    /// <summary>Holds the write lock while every batch is queued, then lets the writer go; returns the WAL's size before close.</summary>
    private static async Task<long> WriteWhileLocked(string path, SinkRow[][] batches, SqliteStoreOptions options)
    {
        await using var store = SqliteStore.Open(path, options);
        using (var locker = SqliteStore.OpenConnection(path, readOnly: false))
        {
            Execute(locker, "BEGIN IMMEDIATE");
            foreach (var batch in batches)
            {
                await store.WriteBatchAsync(batch, batch.Length);
            }

            Execute(locker, "ROLLBACK");
        }

        await store.FlushAsync();
        store.Committed.Should().Be(batches.Sum(b => (long)b.Length));
        return new FileInfo(path + "-wal").Length;
    }

    [Fact]
    public async Task Waiting_batches_share_one_transaction_and_store_the_same_table_as_one_transaction_each()
    {
        var batches = Workload();
        var single = Path.Combine(_dir, "single.db");
        var grouped = Path.Combine(_dir, "grouped.db");
        long singleWal = await WriteWhileLocked(single, batches, new SqliteStoreOptions { TransactionRows = 1 });
        long groupedWal = await WriteWhileLocked(grouped, batches, new SqliteStoreOptions());

        // Every commit appends each page it changed to the WAL (page 1 at least): one commit writes fewer frames than six.
        groupedWal.Should().BeLessThan(singleWal, "the six waiting batches were committed in one transaction");
        Dump(grouped, "windows").Should().Equal(Dump(single, "windows"));
        Dump(grouped, "signals").Should().Equal(Dump(single, "signals"));
        Dump(grouped, "signals").Should().HaveCount(4, "signals s0..s3, the later batches replacing the earlier rows");
    }

    [Fact]
    public async Task A_bad_row_in_a_group_keeps_the_batches_before_its_own_and_names_the_table()
    {
        var path = Path.Combine(_dir, "bad.db");
        var batches = Workload();
        batches[2][5] = StoreRoundTripTests.Signal(99) with { SignalId = null! };
        var store = SqliteStore.Open(path, new SqliteStoreOptions { FlushInterval = TimeSpan.Zero });
        using (var locker = SqliteStore.OpenConnection(path, readOnly: false))
        {
            Execute(locker, "BEGIN IMMEDIATE");
            for (var b = 0; b < 4; b++)
            {
                await store.WriteBatchAsync(batches[b], PerBatch);
            }

            Execute(locker, "ROLLBACK");
        }

        var flush = () => store.FlushAsync();
        var failure = await flush.Should().ThrowAsync<InvalidOperationException>();
        failure.Which.Message.Should().Contain("insert into signals failed").And.Contain("NOT NULL constraint failed: signals.signal_id");
        store.Committed.Should().Be(2 * PerBatch, "batches 0 and 1 were committed again on their own");
        await store.DisposeAsync();

        var expected = Path.Combine(_dir, "expected.db");
        await WriteWhileLocked(expected, batches[..2], new SqliteStoreOptions { TransactionRows = 1 });
        Dump(path, "windows").Should().Equal(Dump(expected, "windows"));
        Dump(path, "signals").Should().Equal(Dump(expected, "signals"));
    }

    [Fact]
    public async Task A_file_locked_longer_than_the_busy_timeout_fails_naming_the_tables()
    {
        var path = Path.Combine(_dir, "locked.db");
        var store = SqliteStore.Open(path, new SqliteStoreOptions { FlushInterval = TimeSpan.Zero });
        using var locker = SqliteStore.OpenConnection(path, readOnly: false);
        Execute(locker, "BEGIN IMMEDIATE");
        await store.WriteBatchAsync(Workload()[0], PerBatch);
        var flush = () => store.FlushAsync();
        var failure = await flush.Should().ThrowAsync<InvalidOperationException>();
        failure.Which.Message.Should().Contain(path).And.Contain("database is locked").And.Contain("300 rows into signals, windows");
        Execute(locker, "ROLLBACK");
        await store.DisposeAsync();
        store.Committed.Should().Be(0);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<string> Dump(string path, string table)
    {
        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT rowid, * FROM {table} ORDER BY rowid";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        var values = new object[r.FieldCount];
        while (r.Read())
        {
            r.GetValues(values);
            var line = new StringBuilder();
            foreach (var v in values)
            {
                line.Append(v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(v, CultureInfo.InvariantCulture)).Append('|');
            }

            rows.Add(line.ToString());
        }

        return rows;
    }
}
