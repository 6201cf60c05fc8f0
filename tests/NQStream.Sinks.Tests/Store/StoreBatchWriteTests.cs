using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

public sealed class StoreBatchWriteTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("store-batch");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static WindowRow Window(long ts, long instrument, double ofi) =>
        new() { Ts = ts, InstrumentId = instrument, RawSymbol = "NQZ5 C" + instrument, Window = "ofi_10s", Ofi = ofi };

    private static List<string> Windows(string path)
    {
        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT ts, instrument_id, ofi FROM windows ORDER BY ts, instrument_id";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(FormattableString.Invariant($"{r.GetInt64(0)}|{r.GetInt64(1)}|{r.GetDouble(2)}"));
        }

        return rows;
    }

    [Fact]
    public async Task A_batch_writes_its_first_count_rows_and_nothing_after_them()
    {
        var path = Path.Combine(_dir, "partial.db");
        await using (var store = SqliteStore.Open(path))
        {
            SinkRow[] rows = [Window(1, 10, 1.5), Window(1, 11, -2), Window(2, 10, 3), Window(99, 99, 99)];
            await store.WriteBatchAsync(rows, 3);
            await store.WriteBatchAsync(rows, 0);
            await store.FlushAsync();
            store.Committed.Should().Be(3);
        }

        Windows(path).Should().Equal("1|10|1.5", "1|11|-2", "2|10|3");
    }

    [Fact]
    public async Task Rows_queued_one_at_a_time_before_a_batch_are_written_before_it()
    {
        // The same key written first singly, then in a batch: the batch's value must win (upsert in queue order),
        // even though the single row may still wait in the batch block when the batch arrives.
        var path = Path.Combine(_dir, "order.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 1000, FlushInterval = TimeSpan.Zero }))
        {
            await store.WriteAsync(Window(5, 1, 1));
            await store.WriteAsync(Window(6, 1, 1));
            await store.WriteBatchAsync([Window(5, 1, 2), Window(7, 1, 2)], 2);
            await store.WriteAsync(Window(7, 1, 3));
            await store.FlushAsync();
            store.Committed.Should().Be(5);
        }

        Windows(path).Should().Equal("5|1|2", "6|1|1", "7|1|3");
    }

    [Fact]
    public async Task Many_batches_commit_every_row_in_order()
    {
        var path = Path.Combine(_dir, "many.db");
        const int Batches = 40;
        const int PerBatch = 500;
        await using (var store = SqliteStore.Open(path))
        {
            for (var b = 0; b < Batches; b++)
            {
                var rows = new SinkRow[PerBatch];
                for (var i = 0; i < PerBatch; i++)
                {
                    rows[i] = Window((b * PerBatch) + i, 7, b);
                }

                await store.WriteBatchAsync(rows, PerBatch);
            }

            await store.FlushAsync();
            store.Committed.Should().Be(Batches * PerBatch);
        }

        var stored = Windows(path);
        stored.Should().HaveCount(Batches * PerBatch);
        stored[0].Should().Be("0|7|0");
        stored[^1].Should().Be(FormattableString.Invariant($"{(Batches * PerBatch) - 1}|7|{Batches - 1}"));
    }

    [Fact]
    public async Task Values_equal_to_the_previous_rows_are_stored_even_though_they_are_not_bound_again()
    {
        // The binder skips a parameter whose value equals what it is bound to (SQLite keeps bindings across reset):
        // repeated values, NULL after a value, a value after NULL and equal text in a different string must all land.
        var path = Path.Combine(_dir, "bindings.db");
        var symbol = "NQZ5 C" + 21000.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using (var store = SqliteStore.Open(path))
        {
            SinkRow[] rows =
            [
                new WindowRow { Ts = 1, InstrumentId = 1, RawSymbol = "NQZ5 C21000", Window = "w", Ofi = 2, Volume = 5 },
                new WindowRow { Ts = 1, InstrumentId = 2, RawSymbol = symbol, Window = "w", Ofi = 2, Volume = 5 },
                new WindowRow { Ts = 1, InstrumentId = 3, RawSymbol = symbol, Window = "w", Ofi = double.NaN, Volume = 0 },
                new WindowRow { Ts = 2, InstrumentId = 3, RawSymbol = "other", Window = "w", Ofi = double.NaN, Volume = 0 },
                new WindowRow { Ts = 2, InstrumentId = 4, RawSymbol = "other", Window = "w2", Ofi = 0.25, Volume = 7 },
                new WindowRow { Ts = 3, InstrumentId = 4, RawSymbol = "NQZ5 C21000", Window = "w", Ofi = 0.25, Volume = 7 },
            ];
            await store.WriteBatchAsync(rows, rows.Length);
            await store.FlushAsync();
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT ts, instrument_id, raw_symbol, window_len, ofi, volume FROM windows ORDER BY ts, instrument_id";
        using var r = cmd.ExecuteReader();
        var stored = new List<string>();
        while (r.Read())
        {
            stored.Add(FormattableString.Invariant($"{r.GetInt64(0)}|{r.GetInt64(1)}|{r.GetString(2)}|{r.GetString(3)}|{(r.IsDBNull(4) ? "null" : 1 / r.GetDouble(4))}|{r.GetInt64(5)}"));
        }

        stored.Should().Equal(
            "1|1|NQZ5 C21000|w|0.5|5",
            "1|2|NQZ5 C21000|w|0.5|5",
            "1|3|NQZ5 C21000|w|null|0",
            "2|3|other|w|null|0",
            "2|4|other|w2|4|7",
            "3|4|NQZ5 C21000|w|4|7");
    }

    [Fact]
    public async Task Bad_arguments_are_rejected_before_anything_is_queued()
    {
        var path = Path.Combine(_dir, "bad.db");
        await using var store = SqliteStore.Open(path);
        SinkRow[] rows = [Window(1, 1, 1), null!];
        await FluentActions.Awaiting(() => store.WriteBatchAsync(rows, 3).AsTask()).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => store.WriteBatchAsync(rows, -1).AsTask()).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => store.WriteBatchAsync(rows, 2).AsTask()).Should().ThrowAsync<ArgumentNullException>();
        await store.FlushAsync();
        store.Committed.Should().Be(0);
    }
}
