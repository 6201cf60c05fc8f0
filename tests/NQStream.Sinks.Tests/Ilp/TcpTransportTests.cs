using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Rows;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>ILP over TCP against an in-process socket reader: framing, and reconnecting after the server closes.</summary>
public sealed class TcpTransportTests
{
    [Fact]
    public async Task Rows_arrive_newline_framed_and_the_sender_reconnects_after_the_server_closes()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var sender = IlpSender.Create($"tcp::addr=127.0.0.1:{port};auto_flush=off;retry_timeout=2000;");
        sender.Options.ProtocolVersion.Should().Be(IlpProtocolVersion.V1, "TCP defaults to protocol 1");

        await sender.WriteAsync(new MetricsSnapshotRow { Ts = 1, Component = "ring", Metric = "depth", Value = 0.5 });
        await sender.WriteAsync(new WindowRow { Ts = 2, InstrumentId = 3, RawSymbol = "NQZ5 C21000", Window = "1m", Volume = 4 });
        await sender.FlushAsync();
        using (var first = await listener.AcceptTcpClientAsync())
        {
            string text = await ReadLines(first.GetStream(), 2);
            text.Should().Be(
                "engine_metrics,component=ring,metric=depth value=0.5 1\n" +
                "windows,raw_symbol=NQZ5\\ C21000,window_len=1m instrument_id=3i,volume=4i,buy_volume=0i,sell_volume=0i 2\n");
        }

        // The server dropped the connection (QuestDB does so after a bad line). TCP gives no acknowledgement, so
        // the first write after the close may vanish; the sender must notice the broken socket and reconnect.
        var accept = listener.AcceptTcpClientAsync();
        for (int i = 0; i < 50 && !accept.IsCompleted; i++)
        {
            await sender.WriteAsync(new MetricsSnapshotRow { Ts = 100 + i, Component = "ring", Metric = "depth", Value = i });
            await sender.FlushAsync();
            await Task.Delay(20);
        }

        accept.IsCompleted.Should().BeTrue("the sender opened a new connection");
        using var second = await accept;
        await sender.WriteAsync(new MetricsSnapshotRow { Ts = 999, Component = "ring", Metric = "depth", Value = 9 });
        await sender.FlushAsync();
        string later = await ReadUntil(second.GetStream(), " 999\n");
        later.Should().EndWith("engine_metrics,component=ring,metric=depth value=9 999\n");
        later.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("engine_metrics,component=ring,metric=depth value=", StringComparison.Ordinal));
    }

    private static async Task<string> ReadLines(NetworkStream stream, int lines)
    {
        var sb = new StringBuilder();
        var buf = new byte[4096];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (sb.ToString().Count(c => c == '\n') < lines)
        {
            int n = await stream.ReadAsync(buf, cts.Token);
            if (n == 0)
            {
                break;
            }

            sb.Append(Encoding.UTF8.GetString(buf, 0, n));
        }

        return sb.ToString();
    }

    private static async Task<string> ReadUntil(NetworkStream stream, string end)
    {
        var sb = new StringBuilder();
        var buf = new byte[4096];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!sb.ToString().EndsWith(end, StringComparison.Ordinal))
        {
            int n = await stream.ReadAsync(buf, cts.Token);
            if (n == 0)
            {
                break;
            }

            sb.Append(Encoding.UTF8.GetString(buf, 0, n));
        }

        return sb.ToString();
    }
}
