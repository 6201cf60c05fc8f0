using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Ilp.Transport;
using NQStream.Sinks.Rows;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>
/// QuestDB ILP/TCP authentication (ECDSA P-256 challenge) against <see cref="FakeQuestDbTcpAuthServer"/>, a fake
/// because no QuestDB can run here; the official Node.js client authenticating against the same fake shows the
/// fake checks what the real server checks.
/// </summary>
public sealed class TcpAuthTests
{
    private static readonly WindowRow Window = new()
    {
        Ts = 1_763_735_400_000_000_000, InstrumentId = 42_001, RawSymbol = "NQZ5 C21000", Window = "1m", Pressure = -0.25, Ofi = 12,
        Volume = 7, BuyVolume = 4, SellVolume = 3, VolumeRatio = 3.125, Z = 2.5,
    };

    private static readonly MetricsSnapshotRow Metric = new() { Ts = 1_763_735_400_000_000_001, Component = "ring", Metric = "depth", Value = 0.5 };

    [NodePeerFact]
    public async Task Fake_server_is_honest_the_official_node_client_authenticates_and_a_wrong_key_is_refused_then_our_sender_authenticates()
    {
        var key = NewKey();
        var stranger = NewKey();
        await using var server = new FakeQuestDbTcpAuthServer(new Dictionary<string, (string, string)> { ["node"] = (key.X, key.Y), ["ours"] = (key.X, key.Y) });

        // The official client with the right key: accepted, its rows arrive.
        (await RunNodeClient(server.Port, "node", key.D, 3)).Should().Be("sent 3");
        (await server.WaitForAsync(s => s.Lines.Count == 3)).Should().BeTrue();
        server.Handshakes.Should().Equal("accepted node (der)");
        server.Lines.Should().Equal(
            "auth_probe,client=nodejs seq=0i 1700000000000000000",
            "auth_probe,client=nodejs seq=1i 1700000000000000001",
            "auth_probe,client=nodejs seq=2i 1700000000000000002");

        // The official client with another private key: refused, nothing stored (the fake is not accept-all).
        await RunNodeClient(server.Port, "node", stranger.D, 1);
        (await server.WaitForAsync(s => s.Handshakes.Count == 2)).Should().BeTrue();
        server.Handshakes.Last().Should().Be("rejected node: signature was not verified");
        server.Lines.Should().HaveCount(3);

        // Our sender, same key: accepted with the same signature encoding, rows intact.
        await using (var sender = IlpSender.Create(Config(server.Port, "ours", key.D)))
        {
            await sender.WriteAsync(Window);
            await sender.WriteAsync(Metric);
            await sender.FlushAsync();
            sender.RowsDelivered.Should().Be(2);
        }

        (await server.WaitForAsync(s => s.Lines.Count == 5)).Should().BeTrue();
        server.Handshakes.Last().Should().Be("accepted ours (der)");
        server.Lines.Skip(3).Should().Equal(ExpectedLines());
    }

    [Fact]
    public async Task Our_sender_authenticates_and_rows_arrive_intact_on_every_new_connection()
    {
        var key = NewKey();
        await using var server = new FakeQuestDbTcpAuthServer(new Dictionary<string, (string, string)> { ["k1"] = (key.X, key.Y) });
        for (int connection = 1; connection <= 2; connection++)
        {
            await using var sender = IlpSender.Create(Config(server.Port, "k1", key.D));
            await sender.WriteAsync(Window);
            await sender.WriteAsync(Metric);
            await sender.FlushAsync();
            sender.RowsDelivered.Should().Be(2);
        }

        (await server.WaitForAsync(s => s.Lines.Count == 4)).Should().BeTrue();
        server.Handshakes.Should().Equal("accepted k1 (der)", "accepted k1 (der)");
        server.Lines.Should().Equal([.. ExpectedLines(), .. ExpectedLines()]);
    }

    [Theory]
    [InlineData("k1", true, "rejected k1: signature was not verified")]
    [InlineData("nobody", false, "rejected nobody: unknown key id")]
    public async Task A_refused_key_is_a_clear_non_retried_error_and_nothing_is_stored(string kid, bool wrongPrivateKey, string serverSide)
    {
        var key = NewKey();
        var other = NewKey();
        await using var server = new FakeQuestDbTcpAuthServer(new Dictionary<string, (string, string)> { ["k1"] = (key.X, key.Y) });
        await using var sender = IlpSender.Create(Config(server.Port, kid, wrongPrivateKey ? other.D : key.D));
        await sender.WriteAsync(Window);

        var act = () => sender.FlushAsync();

        var error = (await act.Should().ThrowAsync<IlpServerException>()).Which;
        error.Message.Should().Be(
            $"ILP server 127.0.0.1:{server.Port} rejected TCP authentication for key id '{kid}': the server closed the connection after the " +
            "challenge response: unknown key id (username) or wrong private key (token)");
        error.IsTransient.Should().BeFalse("a wrong key does not get better by retrying");
        error.Code.Should().Be("unauthorised");
        (sender.RowsRejected, sender.RowsDelivered, sender.PendingRows).Should().Be((1L, 0L, 0));
        server.Handshakes.Should().Equal(serverSide);
        server.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task A_server_without_authentication_is_named_as_such()
    {
        // QuestDB without auth reads "k1\n" as a malformed ILP line and closes the connection.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var buf = new byte[64];
            _ = await client.GetStream().ReadAsync(buf);
        });
        await using var sender = IlpSender.Create(Config(port, "k1", NewKey().D));
        await sender.WriteAsync(Metric);

        var act = () => sender.FlushAsync();

        (await act.Should().ThrowAsync<IlpServerException>()).Which.Message.Should().Be(
            $"ILP server 127.0.0.1:{port} rejected TCP authentication for key id 'k1': the server closed the connection instead of sending a challenge " +
            "(is ILP authentication enabled on it?)");
        await serve;
    }

    [Fact]
    public async Task The_signature_is_the_DER_ECDSA_P256_SHA256_of_the_challenge_bytes()
    {
        // Wire-level check of one handshake: key id line, then base64(DER) verifying against the challenge as sent.
        var key = NewKey();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        byte[] challenge = Encoding.ASCII.GetBytes(new string('x', 100) + " ~!\"#" + new string('z', 407));
        var serve = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
            string kid = (await reader.ReadLineAsync())!;
            await client.GetStream().WriteAsync((byte[])[.. challenge, (byte)'\n']);
            string answer = (await reader.ReadLineAsync())!;
            string row = (await reader.ReadLineAsync())!;
            return (kid, answer, row);
        });
        await using (var sender = IlpSender.Create(Config(port, "k1", key.D)))
        {
            await sender.WriteAsync(Metric);
            await sender.FlushAsync();
        }

        var (sentKid, sentAnswer, sentRow) = await serve;
        sentKid.Should().Be("k1");
        byte[] signature = Convert.FromBase64String(sentAnswer);
        signature[0].Should().Be(0x30, "a DER SEQUENCE, as the official clients send");
        using var pub = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = Base64Url.DecodeFromChars(key.X), Y = Base64Url.DecodeFromChars(key.Y) },
        });
        pub.VerifyData(challenge, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).Should().BeTrue();
        pub.VerifyData((byte[])[.. challenge, (byte)'!'], signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).Should().BeFalse();
        sentRow.Should().Be("engine_metrics,component=ring,metric=depth value=0.5 1763735400000000001");
    }

    private static string[] ExpectedLines() =>
    [
        "windows,raw_symbol=NQZ5\\ C21000,window_len=1m instrument_id=42001i,pressure=-0.25,ofi=12,volume=7i,buy_volume=4i,sell_volume=3i,volume_ratio=3.125,z=2.5 1763735400000000000",
        "engine_metrics,component=ring,metric=depth value=0.5 1763735400000000001",
    ];

    private static string Config(int port, string kid, string d) =>
        $"tcp::addr=127.0.0.1:{port};username={kid};token={d};auto_flush=off;retry_timeout=1000;";

    private static (string D, string X, string Y) NewKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(includePrivateParameters: true);
        return (Base64Url.EncodeToString(p.D), Base64Url.EncodeToString(p.Q.X), Base64Url.EncodeToString(p.Q.Y));
    }

    private static async Task<string> RunNodeClient(int port, string kid, string d, int rows)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = Peers.NodePeerDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(Peers.NodePeerDir, "ilp-tcp-auth.js"));
        psi.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add(kid);
        psi.ArgumentList.Add(d);
        psi.ArgumentList.Add(rows.ToString(CultureInfo.InvariantCulture));
        using var node = Process.Start(psi)!;
        string stdout = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        return stdout.Trim();
    }
}
