using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>
/// A fake of QuestDB's authenticated ILP/TCP endpoint — a fake because no QuestDB can run here (docs/ops.md §3: no
/// Java server, no Docker). It follows the server's <c>LineTcpAuthConnectionContext</c>: read the key id line,
/// send 512 random printable ASCII characters and <c>\n</c>, read the base64 signature line, verify it with the
/// key id's public key (x, y) — DER, or raw r‖s when it is 64 bytes; all-zero signatures refused — and on any
/// failure close the connection without a word. After success, everything else on the connection is ILP lines.
/// Its honesty is shown by the official Node.js client authenticating against it (and being refused with a wrong key).
/// </summary>
internal sealed class FakeQuestDbTcpAuthServer : IAsyncDisposable
{
    private const int ChallengeLength = 512;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, ECDsa> _publicKeys = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _acceptLoop;

    /// <summary>Starts listening on a free loopback port; <paramref name="publicKeys"/> maps key id to the JWK (x, y), base64url.</summary>
    public FakeQuestDbTcpAuthServer(IReadOnlyDictionary<string, (string X, string Y)> publicKeys)
    {
        foreach (var (kid, (x, y)) in publicKeys)
        {
            _publicKeys[kid] = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = Base64Url.DecodeFromChars(x), Y = Base64Url.DecodeFromChars(y) },
            });
        }

        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The listening port.</summary>
    public int Port { get; }

    /// <summary>One entry per finished handshake: <c>accepted &lt;kid&gt; (der|p1363)</c> or <c>rejected &lt;kid&gt;: &lt;why&gt;</c>.</summary>
    public ConcurrentQueue<string> Handshakes { get; } = new();

    /// <summary>ILP lines received on authenticated connections, in arrival order per connection.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Waits until <paramref name="condition"/> holds (or 10 s pass) and returns whether it does.</summary>
    public async Task<bool> WaitForAsync(Func<FakeQuestDbTcpAuthServer, bool> condition)
    {
        for (int i = 0; i < 500 && !condition(this); i++)
        {
            await Task.Delay(20);
        }

        return condition(this);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_acceptLoop, .. _connections]).ContinueWith(static _ => { }, TaskScheduler.Default);
        foreach (var key in _publicKeys.Values)
        {
            key.Dispose();
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        var stream = client.GetStream();
        var reader = new LineReader(stream);
        string kid = "?";
        try
        {
            byte[]? kidLine = await reader.ReadLineAsync(_stop.Token);
            if (kidLine is null)
            {
                return;
            }

            kid = Encoding.UTF8.GetString(kidLine);
            byte[] challenge = new byte[ChallengeLength];
            for (int i = 0; i < challenge.Length; i++)
            {
                challenge[i] = (byte)RandomNumberGenerator.GetInt32(0x20, 0x7F);
            }

            await stream.WriteAsync((byte[])[.. challenge, (byte)'\n'], _stop.Token);
            byte[]? answer = await reader.ReadLineAsync(_stop.Token);
            string format = "none";
            string? why = answer is null ? "disconnected before answering" : Verify(kid, challenge, answer, out format);
            if (why is not null)
            {
                // QuestDB logs the reason and disconnects; the client is told nothing.
                Handshakes.Enqueue($"rejected {kid}: {why}");
                return;
            }

            Handshakes.Enqueue($"accepted {kid} ({format})");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                Lines.Enqueue(Encoding.UTF8.GetString(line));
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            Handshakes.Enqueue($"rejected {kid}: connection error {ex.GetType().Name}");
        }
    }

    private string? Verify(string kid, byte[] challenge, byte[] answer, out string format)
    {
        format = "none";
        if (!_publicKeys.TryGetValue(kid, out var key))
        {
            return "unknown key id";
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Encoding.ASCII.GetString(answer));
        }
        catch (FormatException)
        {
            return "signature is not base64";
        }

        if (signature.All(b => b == 0))
        {
            return "all-zero signature";
        }

        // QuestDB: 64 bytes = IEEE P1363 (r‖s), anything else DER (SHA256withECDSA).
        var encoding = signature.Length == 64 ? DSASignatureFormat.IeeeP1363FixedFieldConcatenation : DSASignatureFormat.Rfc3279DerSequence;
        format = signature.Length == 64 ? "p1363" : "der";
        bool ok;
        try
        {
            ok = key.VerifyData(challenge, signature, HashAlgorithmName.SHA256, encoding);
        }
        catch (CryptographicException)
        {
            ok = false;
        }

        return ok ? null : "signature was not verified";
    }

    /// <summary>Newline-framed reads that keep the bytes after a line for the next one (rows may follow the signature in the same segment).</summary>
    private sealed class LineReader(NetworkStream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                int nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                if (nl >= 0)
                {
                    byte[] line = _buffer[_start..nl];
                    _start = nl + 1;
                    return line;
                }

                if (_start > 0)
                {
                    Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }

                if (_end == _buffer.Length)
                {
                    throw new IOException("line longer than the buffer");
                }

                int n = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
                if (n == 0)
                {
                    return null;
                }

                _end += n;
            }
        }
    }
}
