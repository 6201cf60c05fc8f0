using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Ilp.Transport;
using NQStream.Sinks.Rows;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>Sender behaviour against <see cref="FakeQuestDb"/> (QuestDB-only responses, scripted).</summary>
public sealed class IlpSenderTests : IDisposable
{
    private readonly FakeQuestDb _server = new();
    private readonly string _spillDir = RepoPaths.NewTempDir("ilp-spill");

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_spillDir, true);
    }

    private static MetricsSnapshotRow Metric(long ts, double value = 1.5) => new() { Ts = ts, Component = "ring", Metric = "depth", Value = value };

    private string Config(string extra = "") => $"http::addr=127.0.0.1:{_server.Port};protocol_version=1;auto_flush=off;{extra}";

    [Fact]
    public async Task QuestDB_json_error_body_is_reported_and_not_retried()
    {
        _server.Enqueue(400, """{"code":"invalid","message":"failed to parse line protocol:errors encountered on line(s):\nerror in line 3: table: engine_metrics, column: value; cast error","line":3,"errorId":"9b1d0ee4a9f0-17"}""");
        await using var sender = IlpSender.Create(Config());
        await sender.WriteAsync(Metric(1));
        var act = () => sender.FlushAsync();
        var ex = (await act.Should().ThrowAsync<IlpServerException>()).Which;
        ex.StatusCode.Should().Be(400);
        ex.Code.Should().Be("invalid");
        ex.Line.Should().Be(3);
        ex.ErrorId.Should().Be("9b1d0ee4a9f0-17");
        ex.ServerMessage.Should().StartWith("failed to parse line protocol");
        ex.IsTransient.Should().BeFalse();
        ex.Message.Should().Contain("returned 400 invalid").And.Contain("[line 3]").And.Contain("[errorId 9b1d0ee4a9f0-17]");
        _server.Requests.Should().Be(1, "a 400 is not retried");
        sender.RowsRejected.Should().Be(1);
        sender.PendingRows.Should().Be(0);
    }

    [Fact]
    public async Task Retriable_statuses_are_retried_until_accepted()
    {
        _server.Enqueue(500, """{"code":"internal error","message":"boom","errorId":"x-1"}""");
        _server.Enqueue(503);
        await using var sender = IlpSender.Create(Config("retry_timeout=5000;"));
        await sender.WriteAsync(Metric(7, 2.5));
        await sender.FlushAsync();
        _server.Requests.Should().Be(3);
        _server.Writes.Should().ContainSingle();
        Encoding.UTF8.GetString(_server.Writes.Single().Body).Should().Be("engine_metrics,component=ring,metric=depth value=2.5 7\n");
        sender.RowsDelivered.Should().Be(1);
    }

    [Fact]
    public async Task Each_table_is_sent_as_its_own_request()
    {
        await using var sender = IlpSender.Create(Config());
        await sender.WriteAsync(Metric(1));
        await sender.WriteAsync(new WindowRow { Ts = 2, InstrumentId = 5, RawSymbol = "NQ", Window = "1m", Volume = 9 });
        await sender.WriteAsync(Metric(3));
        await sender.FlushAsync();
        var bodies = _server.Writes.Select(w => Encoding.UTF8.GetString(w.Body)).ToList();
        bodies.Should().BeEquivalentTo(
            "engine_metrics,component=ring,metric=depth value=1.5 1\nengine_metrics,component=ring,metric=depth value=1.5 3\n",
            "windows,raw_symbol=NQ,window_len=1m instrument_id=5i,volume=9i,buy_volume=0i,sell_volume=0i 2\n");
    }

    [Fact]
    public async Task Protocol_version_is_negotiated_through_settings()
    {
        using var v2Server = new FakeQuestDb("""{"config":{"line.proto.support.versions":[1,2]}}""");
        await using (var sender = IlpSender.Create($"http::addr=127.0.0.1:{v2Server.Port};auto_flush=off;"))
        {
            await sender.WriteAsync(Metric(1, 21000.25));
        }

        v2Server.Writes.Single().Body.Should().Equal(
            [.. "engine_metrics,component=ring,metric=depth value=="u8, 0x10, 0, 0, 0, 0, 0x10, 0x82, 0xd4, 0x40, .. " 1n\n"u8]);

        await using (var sender = IlpSender.Create($"http::addr=127.0.0.1:{_server.Port};auto_flush=off;"))
        {
            await sender.WriteAsync(Metric(1, 21000.25));
        }

        Encoding.UTF8.GetString(_server.Writes.Single().Body).Should().Be("engine_metrics,component=ring,metric=depth value=21000.25 1\n", "no /settings → v1");
    }

    [Fact]
    public async Task Auto_flush_interval_is_a_real_timer()
    {
        await using var sender = IlpSender.Create($"http::addr=127.0.0.1:{_server.Port};protocol_version=1;auto_flush_rows=off;auto_flush_interval=50;");
        await sender.WriteAsync(Metric(1));
        for (int i = 0; i < 300 && (_server.Writes.IsEmpty || sender.PendingRows > 0); i++)
        {
            await Task.Delay(10);
        }

        _server.Writes.Should().ContainSingle("the timer flushed the quiet buffer without another call");
        sender.PendingRows.Should().Be(0);
    }

    [Fact]
    public async Task Auto_flush_rows_sends_when_the_threshold_is_reached()
    {
        await using var sender = IlpSender.Create(Config().Replace("auto_flush=off;", "auto_flush_rows=3;auto_flush_interval=off;", StringComparison.Ordinal));
        for (int i = 0; i < 7; i++)
        {
            await sender.WriteAsync(Metric(i));
        }

        _server.Writes.Should().HaveCount(2);
        sender.PendingRows.Should().Be(1);
    }

    [Fact]
    public async Task Auto_flush_bytes_sends_when_the_buffered_bytes_reach_the_threshold()
    {
        // Each row is 55 bytes ("engine_metrics,component=ring,metric=depth value=1.5 N\n" with a 1-digit N).
        await using var sender = IlpSender.Create(Config().Replace("auto_flush=off;", "auto_flush_rows=off;auto_flush_interval=off;auto_flush_bytes=150;", StringComparison.Ordinal));
        for (int i = 0; i < 5; i++)
        {
            await sender.WriteAsync(Metric(i));
        }

        _server.Writes.Should().ContainSingle().Which.Body.Length.Should().Be(3 * 55, "the third row crossed 150 bytes");
        sender.PendingRows.Should().Be(2);
    }

    [Fact]
    public async Task Basic_and_bearer_auth_headers_are_sent()
    {
        await using (var sender = IlpSender.Create(Config("username=admin;password=qu;;est;")))
        {
            await sender.WriteAsync(Metric(1));
        }

        await using (var sender = IlpSender.Create(Config("token=abc123;")))
        {
            await sender.WriteAsync(Metric(2));
        }

        _server.Writes.Select(w => w.Authorization).Should().Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:qu;est")), "Bearer abc123");
    }

    [Fact]
    public async Task Outage_longer_than_the_retry_window_spills_and_replays_in_order_exactly_once()
    {
        var options = IlpSenderOptions.Parse(Config("retry_timeout=50;")) with { SpillDirectory = _spillDir };
        for (int i = 0; i < 40; i++)
        {
            _server.Enqueue(503);
        }

        await using (var sender = IlpSender.Create(options))
        {
            for (int batch = 0; batch < 3; batch++)
            {
                await sender.WriteAsync(Metric(batch * 2));
                await sender.WriteAsync(Metric((batch * 2) + 1));
                await sender.FlushAsync();
            }

            sender.RowsSpilled.Should().Be(6);
            sender.HasSpilled.Should().BeTrue();
            _server.Writes.Should().BeEmpty();
        }

        // Server back (script exhausted): a new sender on the same spill folder replays the backlog first.
        _server.Requests.Should().BeLessThan(40, "the test needs the script to outlast the outage");
        while (_server.Requests < 40)
        {
            using var probe = new HttpClient();
            await probe.PostAsync($"http://127.0.0.1:{_server.Port}/write", new StringContent(""));
        }

        _server.Writes.Clear();
        await using (var sender = IlpSender.Create(options))
        {
            sender.HasSpilled.Should().BeTrue();
            await sender.WriteAsync(Metric(6));
            await sender.FlushAsync();
            sender.HasSpilled.Should().BeFalse();
        }

        string all = string.Concat(_server.Writes.Select(w => Encoding.UTF8.GetString(w.Body)));
        var timestamps = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => long.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        timestamps.Should().Equal([0L, 1, 2, 3, 4, 5, 6], "every row once, in order");
        new FileInfo(Path.Combine(_spillDir, "ilp-spill.log")).Length.Should().Be(0);
    }
}
