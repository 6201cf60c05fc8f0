using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// ILP over HTTP: one POST per table batch (one QuestDB transaction), Basic or Bearer auth, per-request timeout
/// <c>request_timeout + body / request_min_throughput</c>, retries through <see cref="IlpRetry"/>, failover
/// through the <c>addr</c> list, QuestDB JSON error bodies reported through <see cref="IlpServerException"/>.
/// </summary>
internal sealed class HttpIlpTransport : IIlpTransport
{
    // Retried like the official .NET client (HttpSender.cs); everything else is a permanent rejection.
    private static readonly int[] RetriableStatuses = [404, 421, 500, 503, 504, 507, 509, 523, 524, 529, 599];

    private readonly IlpSenderOptions _options;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline _pipeline;
    private readonly AuthenticationHeaderValue? _auth;
    private int _address;

    public HttpIlpTransport(IlpSenderOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.RequestTimeout };
        if (!options.TlsVerify)
        {
            // tls_verify=unsafe_off: the documented, explicitly unsafe switch for test servers.
#pragma warning disable CA5359
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = IlpRetry.Create(options.RetryTimeout);
        if (options.Token is not null)
        {
            _auth = new AuthenticationHeaderValue("Bearer", options.Token);
        }
        else if (options.Username is not null)
        {
            _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Username + ":" + options.Password)));
        }
    }

    private string Scheme => _options.Transport == IlpTransportKind.Https ? "https" : "http";

    public async ValueTask<IlpProtocolVersion> ResolveVersionAsync(CancellationToken cancellationToken)
    {
        if (_options.ProtocolVersion is { } fixedVersion)
        {
            return fixedVersion;
        }

        // Like the official clients: GET /settings (1 s), highest supported version, fall back to 1 on any error.
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(TimeSpan.FromSeconds(1));
            using var response = await _client.GetAsync(Url("/settings"), cts.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return IlpProtocolVersion.V1;
            }

            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false));
            var versions = doc.RootElement.GetProperty("config").GetProperty("line.proto.support.versions");
            int best = 1;
            foreach (var v in versions.EnumerateArray())
            {
                if (v.TryGetInt32(out int n) && n is > 1 and <= 2)
                {
                    best = Math.Max(best, n);
                }
            }

            return (IlpProtocolVersion)best;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return IlpProtocolVersion.V1;
        }
    }

    public Task SendAsync(ReadOnlyMemory<byte> body, bool retry, CancellationToken cancellationToken) =>
        IlpRetry.ExecuteAsync(retry ? _pipeline : Polly.ResiliencePipeline.Empty, _options.RetryTimeout, (this, body), static (s, ct) => s.Item1.AttemptAsync(s.body, ct), cancellationToken);

    public void Dispose() => _client.Dispose();

    private async ValueTask AttemptAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var endpoint = _options.Addresses[_address % _options.Addresses.Count];
        var timeout = _options.RequestTimeout
            + (_options.RequestMinThroughput > 0 ? TimeSpan.FromSeconds((double)body.Length / _options.RequestMinThroughput) : TimeSpan.Zero);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(_options.HttpPath, endpoint))
        {
            Content = new ReadOnlyMemoryContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        request.Headers.Authorization = _auth;
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _address++;
            throw IlpServerException.Unreachable(endpoint.ToString(), ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK)
            {
                return;
            }

            int status = (int)response.StatusCode;
            string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            bool transient = Array.IndexOf(RetriableStatuses, status) >= 0;
            if (transient)
            {
                _address++;
            }

            throw IlpServerException.FromResponse(endpoint.ToString(), status, response.Content.Headers.ContentType?.MediaType, text, transient);
        }
    }

    private Uri Url(string path, IlpEndpoint? endpoint = null)
    {
        var e = endpoint ?? _options.Addresses[_address % _options.Addresses.Count];
        return new Uri($"{Scheme}://{e}{path}");
    }
}
