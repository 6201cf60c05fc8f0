using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Store;

public sealed class StoreRoundTripTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("store");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    internal static SignalRow Signal(long ts, string id = "a1b2c3d4e5f60718") => new()
    {
        Ts = ts,
        SignalId = id,
        Underlying = "NQZ5",
        InstrumentId = 42_001,
        RawSymbol = "NQZ5 C21000",
        Kind = "volume_ratio",
        Direction = "bullish",
        SignalClass = "VERY_HIGH",
        Priority = "IMMEDIATE",
        Confidence = 0.875,
        Score = 71.5,
        ExpectedValue = 12.25,
        Probability = 0.625,
        Target = 21050.5,
        Stop = 20980.25,
        Size = 3,
        FeaturesJson = "{\"ratio\":4.2,\"z\":3.1}",
        Rationale = "RATIO_CLASS=VERY_HIGH z=3.1",
        ParameterSetId = "ifd-v3.0-default",
    };

    [Fact]
    public async Task Every_table_round_trips_values_and_nulls()
    {
        string path = Path.Combine(_dir, "rt.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 3, FlushInterval = TimeSpan.Zero }))
        {
            await store.WriteAsync(Signal(1_700_000_000_123_456_789));
            await store.WriteAsync(new WindowRow { Ts = 10, InstrumentId = 7, RawSymbol = "NQZ5 P20000", Window = "5m", Pressure = -0.25, Volume = 120, BuyVolume = 70, SellVolume = 50, VolumeRatio = 3.5 });
            await store.WriteAsync(new FeedQualityRow { Ts = 11, Source = "databento", Status = "degraded", InstrumentId = 0, Events = 1000, Gaps = 2, Stale = true, LagMs = 12.5 });
            await store.WriteAsync(new MetricsSnapshotRow { Ts = 12, Component = "ring", Metric = "events_total", Value = 1e9 });
            await store.FlushAsync();
            store.Committed.Should().Be(4);
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Row(c, "SELECT ts, signal_id, underlying, instrument_id, raw_symbol, kind, direction, signal_class, priority, confidence, score, ev, probability, target, stop, size, features, rationale, param_set FROM signals")
            .Should().Equal(1_700_000_000_123_456_789L, "a1b2c3d4e5f60718", "NQZ5", 42_001L, "NQZ5 C21000", "volume_ratio", "bullish", "VERY_HIGH", "IMMEDIATE",
                0.875, 71.5, 12.25, 0.625, 21050.5, 20980.25, 3L, "{\"ratio\":4.2,\"z\":3.1}", "RATIO_CLASS=VERY_HIGH z=3.1", "ifd-v3.0-default");
        Row(c, "SELECT ts, instrument_id, raw_symbol, window_len, pressure, ofi, volume, buy_volume, sell_volume, volume_ratio, z FROM windows")
            .Should().Equal(10L, 7L, "NQZ5 P20000", "5m", -0.25, DBNull.Value, 120L, 70L, 50L, 3.5, DBNull.Value);
        Row(c, "SELECT ts, source, status, instrument_id, events, gaps, out_of_order, crossed, lag_ms, stale FROM feed_quality")
            .Should().Equal(11L, "databento", "degraded", 0L, 1000L, 2L, 0L, 0L, 12.5, 1L);
        Row(c, "SELECT ts, component, metric, value FROM engine_metrics").Should().Equal(12L, "ring", "events_total", 1e9);
    }

    [Fact]
    public async Task A_resent_row_replaces_the_stored_one_like_questdb_dedup()
    {
        string path = Path.Combine(_dir, "dedup.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 2 }))
        {
            await store.WriteAsync(Signal(5));
            await store.WriteAsync(Signal(5) with { Score = 99 });
            await store.WriteAsync(Signal(5, id: "other"));
            await store.WriteAsync(Signal(6));
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Row(c, "SELECT count(*), sum(score) FROM signals").Should().Equal(3L, 99 + 71.5 + 71.5);
    }

    [Fact]
    public async Task Partial_batches_are_committed_by_the_flush_timer()
    {
        string path = Path.Combine(_dir, "timer.db");
        await using var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 1000, FlushInterval = TimeSpan.FromMilliseconds(20) });
        await store.WriteAsync(new MetricsSnapshotRow { Ts = 1, Component = "c", Metric = "m", Value = 1 });
        for (int i = 0; i < 200 && store.Committed == 0; i++)
        {
            await Task.Delay(10);
        }

        store.Committed.Should().Be(1, "the timer cut the partial batch without an explicit flush");
    }

    [Fact]
    public async Task Many_rows_in_many_batches_are_all_stored()
    {
        string path = Path.Combine(_dir, "many.db");
        await using (var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 256, Capacity = 1024 }))
        {
            for (int i = 0; i < 10_000; i++)
            {
                await store.WriteAsync(new WindowRow { Ts = i, InstrumentId = i % 13, RawSymbol = "X", Window = "1m", Volume = i });
            }
        }

        using var c = SqliteStore.OpenConnection(path, readOnly: true);
        Row(c, "SELECT count(*), sum(volume) FROM windows").Should().Equal(10_000L, 49_995_000L);
    }

    [Fact]
    public async Task A_failing_writer_reports_its_cause_and_never_blocks_producers()
    {
        string path = Path.Combine(_dir, "fail.db");
        var store = SqliteStore.Open(path, new SqliteStoreOptions { BatchSize = 2, Capacity = 4, FlushInterval = TimeSpan.Zero });
        await store.WriteAsync(Signal(1) with { SignalId = null! });
        await store.WriteAsync(Signal(2));
        var flush = () => store.FlushAsync();
        (await flush.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("NOT NULL constraint failed: signals.signal_id");
        var write = async () =>
        {
            for (int i = 0; i < 100; i++)
            {
                await store.WriteAsync(Signal(10 + i));
            }
        };
        await write.Should().ThrowAsync<InvalidOperationException>("a producer is told, not parked on a full queue");
        await store.DisposeAsync();
        store.Committed.Should().Be(0);
    }

    private static object[] Row(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        r.Read().Should().BeTrue(sql);
        var values = new object[r.FieldCount];
        r.GetValues(values);
        return values;
    }
}
