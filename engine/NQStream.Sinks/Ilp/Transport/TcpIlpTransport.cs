using System.Net.Security;
using System.Security.Authentication;
using System.Net.Sockets;
using System.Security.Cryptography;
using Polly;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// ILP over TCP (docs/ops.md §1.8): fire-and-forget; a failed connect or write drops the connection, and the
/// batch is retried on a fresh one (through the <c>addr</c> list) within <c>retry_timeout</c>. The server gives
/// no acknowledgement, so a batch written just before the server closed may be lost or, on retry, sent twice
/// (DEDUP keys absorb the latter); a close noticed before writing (a pending read that completes — the server
/// never sends data) reconnects first. TLS for <c>tcps::</c>; with <c>username</c> + <c>token</c>, QuestDB's
/// ECDSA challenge (<see cref="IlpTcpAuthenticator"/>) on every new connection. Protocol version 1 unless configured.
/// </summary>
internal sealed class TcpIlpTransport : IIlpTransport
{
    private readonly IlpSenderOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly ECDsa? _authKey;
    private TcpClient? _client;
    private Stream? _stream;
    private Task<int>? _closed;
    private int _address;

    public TcpIlpTransport(IlpSenderOptions options)
    {
        _options = options;
        _pipeline = IlpRetry.Create(options.RetryTimeout);
        if (options.Username is not null && options.Token is not null)
        {
            _authKey = IlpTcpAuthKey.Import(options.Token);
        }
    }

    public ValueTask<IlpProtocolVersion> ResolveVersionAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_options.ProtocolVersion ?? IlpProtocolVersion.V1);

    public Task SendAsync(ReadOnlyMemory<byte> body, bool retry, CancellationToken cancellationToken) =>
        IlpRetry.ExecuteAsync(retry ? _pipeline : Polly.ResiliencePipeline.Empty, _options.RetryTimeout, (this, body), static (s, ct) => s.Item1.AttemptAsync(s.body, ct), cancellationToken);

    public void Dispose()
    {
        Drop();
        _authKey?.Dispose();
    }

    private async ValueTask AttemptAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var endpoint = _options.Addresses[_address % _options.Addresses.Count];
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(_options.RequestTimeout);
            if (_closed is { IsCompleted: true })
            {
                // The server closed the idle connection (nothing was written since): reconnect, lose nothing.
                Drop();
            }

            var stream = _stream ?? await ConnectAsync(endpoint, cts.Token).ConfigureAwait(false);
            await stream.WriteAsync(body, cts.Token).ConfigureAwait(false);
            await stream.FlushAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or AuthenticationException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Drop();
            _address++;
            throw IlpServerException.Unreachable(endpoint.ToString(), ex);
        }
    }

    private async Task<Stream> ConnectAsync(IlpEndpoint endpoint, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (_options.Transport == IlpTransportKind.Tcps)
            {
                // tls_verify=unsafe_off: the documented, explicitly unsafe switch for test servers.
#pragma warning disable CA5359
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false, _options.TlsVerify ? null : static (_, _, _, _) => true);
#pragma warning restore CA5359
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = endpoint.Host }, cancellationToken).ConfigureAwait(false);
                stream = ssl;
            }

            _closed = _authKey is null
                ? stream.ReadAsync(new byte[1], CancellationToken.None).AsTask()
                : await IlpTcpAuthenticator.AuthenticateAsync(
                    stream, _options.Username!, _authKey, _options.AuthTimeout, endpoint.ToString(), cancellationToken).ConfigureAwait(false);
            _client = client;
            _stream = stream;
            return stream;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private void Drop()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;

        // The close watcher faults once its stream is disposed; observe that so it is not reported as unobserved.
        _closed?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _closed = null;
    }
}
