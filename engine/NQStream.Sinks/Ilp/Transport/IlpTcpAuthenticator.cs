using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// QuestDB's ILP-over-TCP challenge–response (docs/ops.md §1.8; server <c>LineTcpAuthConnectionContext</c>): the
/// client sends <c>key id\n</c>, the server answers a line of 512 random printable characters, the client sends
/// <c>base64(ECDSA P-256 SHA-256 signature of the challenge)\n</c>. The signature is DER (ASN.1 SEQUENCE of r, s),
/// as the official Node.js (<c>crypto.sign</c>) and .NET (BouncyCastle <c>SHA-256withECDSA</c>) clients send it;
/// QuestDB also accepts raw r‖s.
/// <para>
/// The server never acknowledges: a rejected key (unknown key id, wrong private key) is only a closed connection.
/// So after answering, the client waits a confirmation window — four challenge round trips, at least 250 ms, at
/// most <c>auth_timeout</c> — for that close, and reports it as a rejection; a later close looks like any dropped
/// connection.
/// </para>
/// </summary>
internal static class IlpTcpAuthenticator
{
    /// <summary>Shortest wait for a rejection after the signature is sent.</summary>
    internal static readonly TimeSpan MinConfirmWindow = TimeSpan.FromMilliseconds(250);

    private const int MaxChallengeBytes = 4096;

    /// <summary>
    /// Authenticates <paramref name="stream"/>; returns the read that completes when the server closes the
    /// connection (the transport keeps it as its close watcher). Throws <see cref="IlpServerException"/>.
    /// </summary>
    public static async Task<Task<int>> AuthenticateAsync(
        Stream stream, string keyId, ECDsa key, TimeSpan authTimeout, string endpoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(authTimeout);
        long start = Stopwatch.GetTimestamp();
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(keyId + "\n"), timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
            byte[]? challenge = await ReadLineAsync(stream, timeout.Token).ConfigureAwait(false)
                ?? throw Rejected(endpoint, keyId, "the server closed the connection instead of sending a challenge (is ILP authentication enabled on it?)");
            var roundTrip = Stopwatch.GetElapsedTime(start);

            byte[] signature = key.SignData(challenge, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Convert.ToBase64String(signature) + "\n"), timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);

            // Nothing is ever sent after a successful authentication, so a completed read means a close.
            var closed = stream.ReadAsync(new byte[1], CancellationToken.None).AsTask();
            var window = TimeSpan.FromTicks(Math.Clamp(roundTrip.Ticks * 4, MinConfirmWindow.Ticks, Math.Max(MinConfirmWindow.Ticks, authTimeout.Ticks)));
            await Task.WhenAny(closed, Task.Delay(window, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (closed.IsCompleted)
            {
                throw Rejected(endpoint, keyId, "the server closed the connection after the challenge response: unknown key id (username) or wrong private key (token)");
            }

            return closed;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw IlpServerException.Unreachable(endpoint, new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"authentication did not complete within auth_timeout ({(long)authTimeout.TotalMilliseconds} ms)")));
        }
    }

    private static IlpServerException Rejected(string endpoint, string keyId, string why) =>
        IlpServerException.AuthenticationRejected($"ILP server {endpoint} rejected TCP authentication for key id '{keyId}': {why}");

    /// <summary>Reads one line (without its <c>\n</c>); null when the server closed first.</summary>
    private static async Task<byte[]?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxChallengeBytes + 1];
        int length = 0;
        while (true)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return null;
            }

            int end = Array.IndexOf(buffer, (byte)'\n', length, n);
            length += n;
            if (end >= 0)
            {
                // The server sends nothing after the challenge until it has checked the answer.
                return end == length - 1 ? buffer[..end] : throw new IOException("unexpected bytes after the authentication challenge");
            }

            if (length == buffer.Length)
            {
                throw new IOException($"authentication challenge longer than {MaxChallengeBytes} bytes");
            }
        }
    }
}
