namespace NQStream.Sinks.Ilp;

/// <summary>
/// Sender settings, normally parsed from the official clients' configuration string
/// (docs/ops.md §1.9) by <see cref="Parse"/>. Zero durations/counts mean "off".
/// </summary>
public sealed record IlpSenderOptions
{
    /// <summary>Transport schema.</summary>
    public IlpTransportKind Transport { get; init; } = IlpTransportKind.Http;

    /// <summary>Server addresses, tried in order (failover rotates through them).</summary>
    public IReadOnlyList<IlpEndpoint> Addresses { get; init; } = [new("localhost", 9000)];

    /// <summary>Whether any automatic flushing happens (<c>auto_flush</c>).</summary>
    public bool AutoFlush { get; init; } = true;

    /// <summary>Flush when this many rows are buffered; 0 = off (<c>auto_flush_rows</c>).</summary>
    public int AutoFlushRows { get; init; } = 75_000;

    /// <summary>Flush when this many bytes are buffered; 0 = off (<c>auto_flush_bytes</c>).</summary>
    public int AutoFlushBytes { get; init; }

    /// <summary>Flush a non-empty buffer at least this often — a real timer here; zero = off (<c>auto_flush_interval</c>).</summary>
    public TimeSpan AutoFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Initial buffer size in bytes (<c>init_buf_size</c>).</summary>
    public int InitBufferSize { get; init; } = 64 * 1024;

    /// <summary>Largest buffer in bytes (<c>max_buf_size</c>).</summary>
    public int MaxBufferSize { get; init; } = 100 * 1024 * 1024;

    /// <summary>Largest name in UTF-8 bytes (<c>max_name_len</c>).</summary>
    public int MaxNameLength { get; init; } = IlpNames.DefaultMaxNameLength;

    /// <summary>Base per-request timeout (<c>request_timeout</c>).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra request time per byte of body: body / this many bytes per second (<c>request_min_throughput</c>); 0 = none.</summary>
    public int RequestMinThroughput { get; init; } = 102_400;

    /// <summary>How long a failing request is retried before the batch spills (<c>retry_timeout</c>); zero = no retries.</summary>
    public TimeSpan RetryTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Basic-auth user over HTTP; over TCP the key id of the ECDSA key (<c>username</c>).</summary>
    public string? Username { get; init; }

    /// <summary>Basic-auth password (<c>password</c>, HTTP only); never printed.</summary>
    public string? Password { get; init; }

    /// <summary>Bearer token over HTTP; over TCP the ECDSA P-256 private key <c>d</c>, base64url (<c>token</c>); never printed.</summary>
    public string? Token { get; init; }

    /// <summary>Longest a TCP authentication handshake may take (<c>auth_timeout</c>).</summary>
    public TimeSpan AuthTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>TLS certificate verification (<c>tls_verify=on|unsafe_off</c>).</summary>
    public bool TlsVerify { get; init; } = true;

    /// <summary>Wire version; null = negotiate over HTTP via <c>/settings</c> (TCP: 1).</summary>
    public IlpProtocolVersion? ProtocolVersion { get; init; }

    /// <summary>Folder for the outage spill file; null = no spilling (a batch that outlives the retry window fails).</summary>
    public string? SpillDirectory { get; init; }

    /// <summary>
    /// HTTP path and query of the write endpoint (not a configuration-string key: the official grammar has none).
    /// QuestDB ignores <c>db</c>; an InfluxDB 1.x peer needs <c>/write?db=name</c>.
    /// </summary>
    public string HttpPath { get; init; } = "/write";

    /// <summary>Whether spilled records are fsynced before they count as spilled.</summary>
    public Spill.SpillFsync SpillFsync { get; init; } = Spill.SpillFsync.Always;

    /// <summary>True for the HTTP and HTTPS schemas.</summary>
    public bool IsHttp => Transport is IlpTransportKind.Http or IlpTransportKind.Https;

    /// <summary>Parses a configuration string such as <c>http::addr=localhost:9000;auto_flush_rows=1000;</c>.</summary>
    /// <exception cref="IlpException">An unknown schema or key, or a bad value; the message names the key and its offset.</exception>
    public static IlpSenderOptions Parse(string config) => IlpConfigParser.Parse(config);

    /// <summary>The configuration string with secrets masked.</summary>
    public override string ToString() => IlpConfigParser.Format(this);
}
