using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

/// <summary>The <c>signal_outcomes</c> table and the optional accuracy columns of <c>signals</c> through the SQLite store.</summary>
public sealed class SignalOutcomeStoreTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("store-outcomes");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static SignalOutcomeRow Outcome(long ts, string id, string outcome) => new()
    {
        Ts = ts,
        SignalId = id,
        Underlying = "NQZ5",
        Outcome = outcome,
        SignalTs = ts - 60_000_000_000,
        UnderlyingId = 42_001,
        Direction = -1,
        F0 = 21_012.25,
        Mid = 21_002.25,
        MaxFavourable = 10,
        MaxAdverse = 3.5,
    };

    [Fact]
    public async Task Outcome_rows_round_trip_values_and_nulls()
    {
        string path = Path.Combine(_dir, "o.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 2, FlushInterval = TimeSpan.Zero }))
        {
            await store.WriteAsync(Outcome(1_763_735_460_000_000_000, "a1", "HIT"));
            await store.WriteAsync(new SignalOutcomeRow { Ts = 5, SignalId = "a2", Underlying = "NQH6", Outcome = "UNRESOLVED", SignalTs = 4 });
            await store.FlushAsync();
            store.Committed.Should().Be(2);
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Rows(c, "SELECT ts, underlying, outcome, signal_id, underlying_id, signal_ts, direction, f0, mid, mfe, mae FROM signal_outcomes ORDER BY ts").Should().BeEquivalentTo(
            new[]
            {
                new object[] { 5L, "NQH6", "UNRESOLVED", "a2", 0L, 4L, 0L, DBNull.Value, DBNull.Value, DBNull.Value, DBNull.Value },
                new object[] { 1_763_735_460_000_000_000L, "NQZ5", "HIT", "a1", 42_001L, 1_763_735_400_000_000_000L, -1L, 21_012.25, 21_002.25, 10.0, 3.5 },
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Outcomes_deduplicate_on_ts_and_signal_id()
    {
        string path = Path.Combine(_dir, "d.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 3 }))
        {
            await store.WriteAsync(Outcome(100, "a", "MISS"));
            await store.WriteAsync(Outcome(100, "a", "HIT"));     // re-sent: replaces
            await store.WriteAsync(Outcome(100, "b", "MISS"));    // other signal, same ts
            await store.WriteAsync(Outcome(101, "a", "TIMEOUT")); // same signal, other ts: a separate row
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Rows(c, "SELECT ts, signal_id, outcome FROM signal_outcomes ORDER BY ts, signal_id").Should().BeEquivalentTo(
            new[]
            {
                new object[] { 100L, "a", "HIT" },
                new object[] { 100L, "b", "MISS" },
                new object[] { 101L, "a", "TIMEOUT" },
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Signal_rows_store_the_optional_accuracy_columns_with_their_defaults()
    {
        string path = Path.Combine(_dir, "s.db");
        await using (var store = SqliteStore.Open(path))
        {
            await store.WriteAsync(StoreRoundTripTests.Signal(10, "plain"));
            await store.WriteAsync(StoreRoundTripTests.Signal(20, "full") with { UnderlyingId = 42_000, BucketStart = 1_800_000_000_000, Suspect = true });
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Rows(c, "SELECT signal_id, underlying_id, bucket_start, suspect FROM signals ORDER BY ts").Should().BeEquivalentTo(
            new[]
            {
                new object[] { "plain", 0L, 0L, 0L },
                new object[] { "full", 42_000L, 1_800_000_000_000L, 1L },
            },
            o => o.WithStrictOrdering());
    }

    private static List<object[]> Rows(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object[]>();
        while (r.Read())
        {
            var row = new object[r.FieldCount];
            r.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
