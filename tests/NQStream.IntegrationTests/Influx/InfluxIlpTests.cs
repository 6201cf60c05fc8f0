using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Ilp.Transport;
using NQStream.Sinks.Rows;
using NQStream.TestSupport;

namespace NQStream.IntegrationTests.Influx;

/// <summary>
/// The engine's rows sent by our ILP sender over HTTP to a real InfluxDB 1.6 <c>/write</c> and read back through
/// <c>/query</c> (text protocol v1; InfluxDB has no binary v2). Differences InfluxDB has from QuestDB
/// (docs/ops.md §3.3) are avoided: no <c>\</c>+LF in strings, no <c>\\</c> in tags.
/// </summary>
public sealed class InfluxIlpTests
{
    private static IlpSenderOptions Options(InfluxServer server, string db, string extra = "") =>
        IlpSenderOptions.Parse($"http::addr=127.0.0.1:{server.HttpPort};protocol_version=1;auto_flush=off;{extra}") with { HttpPath = "/write?db=" + db };

    [InfluxPeerFact]
    public async Task Engine_rows_round_trip_through_influxdb()
    {
        using var server = new InfluxServer();
        server.CreateDatabase("t1");
        await using (var sender = IlpSender.Create(Options(server, "t1")))
        {
            await sender.WriteAsync(new SignalRow
            {
                Ts = 1_763_735_400_123_456_789,
                SignalId = "9f86d081884c7d65",
                Underlying = "NQZ5",
                InstrumentId = 42_001,
                RawSymbol = "NQZ5 C21000",
                Kind = "volume_ratio",
                Direction = "bullish",
                SignalClass = "VERY_HIGH",
                Priority = "IMMEDIATE",
                Confidence = 0.875,
                Score = 71.5,
                ExpectedValue = -12.25,
                Probability = 0.625,
                Target = 21050.5,
                Stop = 20980.25,
                Size = 3,
                FeaturesJson = "{\"ratio\":4.2,\"note\":\"a, b = c\"}",
                Rationale = "RATIO=VERY_HIGH, z=3.1 \"strong\"",
                ParameterSetId = "ifd v3.0=default",
            });
            await sender.WriteAsync(new WindowRow { Ts = 1_000, InstrumentId = 7, RawSymbol = "NQZ5 P20000", Window = "5m", Pressure = -0.25, Volume = 120, BuyVolume = 70, SellVolume = 50, VolumeRatio = 3.5 });
            await sender.WriteAsync(new FeedQualityRow { Ts = 2_000, Source = "databento", Status = "ok", Events = 1000, Gaps = 2, LagMs = 12.5, Stale = true });
            await sender.WriteAsync(new MetricsSnapshotRow { Ts = 3_000, Component = "ring", Metric = "events_total", Value = 1e9 });
            await sender.FlushAsync();
            sender.RowsDelivered.Should().Be(4);
        }

        var signal = server.Rows("t1", "SELECT * FROM signals").Single();
        signal["time"].GetInt64().Should().Be(1_763_735_400_123_456_789);
        signal["raw_symbol"].GetString().Should().Be("NQZ5 C21000");
        signal["param_set"].GetString().Should().Be("ifd v3.0=default");
        signal["signal_id"].GetString().Should().Be("9f86d081884c7d65");
        signal["features"].GetString().Should().Be("{\"ratio\":4.2,\"note\":\"a, b = c\"}");
        signal["rationale"].GetString().Should().Be("RATIO=VERY_HIGH, z=3.1 \"strong\"");
        signal["instrument_id"].GetInt64().Should().Be(42_001);
        signal["ev"].GetDouble().Should().Be(-12.25);
        signal["stop"].GetDouble().Should().Be(20980.25);
        signal["size"].GetInt64().Should().Be(3);

        var window = server.Rows("t1", "SELECT * FROM windows").Single();
        window["window_len"].GetString().Should().Be("5m");
        window["pressure"].GetDouble().Should().Be(-0.25);
        window.Should().NotContainKey("ofi", "NaN is sent as an absent column (NULL), and no row has an ofi");
        server.Rows("t1", "SELECT * FROM feed_quality").Single()["stale"].GetBoolean().Should().BeTrue();
        server.Rows("t1", "SELECT * FROM engine_metrics").Single()["value"].GetDouble().Should().Be(1e9);

        var types = server.Rows("t1", "SHOW FIELD KEYS FROM signals").ToDictionary(r => r["fieldKey"].GetString()!, r => r["fieldType"].GetString());
        types.Should().Contain("instrument_id", "integer").And.Contain("score", "float").And.Contain("rationale", "string");
        var tags = server.Rows("t1", "SHOW TAG KEYS FROM signals").Select(r => r["tagKey"].GetString()).ToList();
        tags.Should().BeEquivalentTo("underlying", "raw_symbol", "kind", "direction", "signal_class", "priority", "param_set");
    }

    [InfluxPeerFact]
    public async Task Influx_error_bodies_are_reported()
    {
        using var server = new InfluxServer();
        server.CreateDatabase("t1");
        await using (var sender = IlpSender.Create(Options(server, "t1")))
        {
            // InfluxDB rejects the text 'Infinity' (400 invalid number); QuestDB would accept it.
            await sender.WriteAsync(new MetricsSnapshotRow { Ts = 1, Component = "c", Metric = "m", Value = double.PositiveInfinity });
            var act = () => sender.FlushAsync();
            var ex = (await act.Should().ThrowAsync<IlpServerException>()).Which;
            ex.StatusCode.Should().Be(400);
            ex.IsTransient.Should().BeFalse();
            ex.ServerMessage.Should().StartWith("unable to parse 'engine_metrics,component=c,metric=m value=Infinity 1'");
            sender.RowsRejected.Should().Be(1);
        }

        // 404 is retriable for QuestDB; without a spill folder the batch stays buffered and the error is raised.
        var missing = IlpSender.Create(Options(server, "nope", "retry_timeout=0;"));
        await missing.WriteAsync(new MetricsSnapshotRow { Ts = 1, Component = "c", Metric = "m", Value = 1 });
        var flush = () => missing.FlushAsync();
        var notFound = (await flush.Should().ThrowAsync<IlpServerException>()).Which;
        notFound.StatusCode.Should().Be(404);
        notFound.ServerMessage.Should().Be("database not found: \"nope\"");
        missing.PendingRows.Should().Be(1, "a batch that could not be delivered is kept, not dropped");
        var dispose = async () => await missing.DisposeAsync();
        await dispose.Should().ThrowAsync<IlpServerException>("disposal flushes and reports the undeliverable batch");
        server.Rows("t1", "SELECT count(value) FROM engine_metrics").Should().BeEmpty();
    }

    [InfluxPeerFact]
    public async Task Server_stopped_mid_stream_and_restarted_every_row_arrives_exactly_once()
    {
        using var server = new InfluxServer();
        server.CreateDatabase("t1");
        string spill = RepoPaths.NewTempDir("influx-spill");
        const int total = 12_000;
        try
        {
            var options = Options(server, "t1") with
            {
                AutoFlush = true,
                AutoFlushRows = 500,
                AutoFlushInterval = TimeSpan.FromMilliseconds(100),
                RetryTimeout = TimeSpan.FromMilliseconds(300),
                RequestTimeout = TimeSpan.FromSeconds(2),
                SpillDirectory = spill,
            };
            long spilled;
            await using (var sender = IlpSender.Create(options))
            {
                for (int i = 0; i < total; i++)
                {
                    if (i == 4_000)
                    {
                        server.Stop();
                    }

                    if (i == 8_000)
                    {
                        server.Start();
                    }

                    await sender.WriteAsync(new MetricsSnapshotRow { Ts = 1_700_000_000_000_000_000 + i, Component = "engine", Metric = "seq", Value = i });
                }

                spilled = sender.RowsSpilled;
                await sender.FlushAsync();
                sender.HasSpilled.Should().BeFalse("the backlog was replayed once the server was back");
                sender.RowsDelivered.Should().Be(total);
            }

            spilled.Should().BeGreaterThan(0, "the outage outlived the retry window");
            var stats = server.Rows("t1", "SELECT count(value), sum(value), min(value), max(value) FROM engine_metrics").Single();
            stats["count"].GetInt64().Should().Be(total, "every row exactly once");
            stats["sum"].GetDouble().Should().Be((double)total * (total - 1) / 2);
            (stats["min"].GetDouble(), stats["max"].GetDouble()).Should().Be((0, total - 1));
            var distinct = server.Rows("t1", "SELECT count(distinct(value)) FROM engine_metrics").Single();
            distinct["count"].GetInt64().Should().Be(total);
        }
        finally
        {
            Directory.Delete(spill, true);
        }
    }
}
