using System.Globalization;

namespace NQStream.Sinks.Ilp;

/// <summary>Accumulates parsed key/value pairs and checks each value, reporting the key's offset on error.</summary>
internal sealed class IlpOptionsBuilder
{
    private readonly IlpTransportKind _kind;
    private readonly List<IlpEndpoint> _addresses = [];
    private IlpSenderOptions _options;
    private bool _rowsSet;

    public IlpOptionsBuilder(IlpTransportKind kind)
    {
        _kind = kind;
        _options = new IlpSenderOptions { Transport = kind };
    }

    private bool IsTcp => _kind is IlpTransportKind.Tcp or IlpTransportKind.Tcps;

    public void Apply(string key, string value, int offset)
    {
        _options = key switch
        {
            "addr" => AddAddresses(value, offset),
            "auto_flush" => _options with { AutoFlush = OnOff(key, value, offset, "on", "off") },
            "auto_flush_rows" => SetRows(CountOrOff(key, value, offset)),
            "auto_flush_bytes" => _options with { AutoFlushBytes = CountOrOff(key, value, offset) },
            "auto_flush_interval" => _options with { AutoFlushInterval = Millis(key, value, offset, allowOff: true) },
            "init_buf_size" => _options with { InitBufferSize = Positive(key, value, offset) },
            "max_buf_size" => _options with { MaxBufferSize = Positive(key, value, offset) },
            "max_name_len" => _options with { MaxNameLength = Positive(key, value, offset) },
            "request_timeout" => _options with { RequestTimeout = Millis(key, value, offset, allowOff: false) },
            "request_min_throughput" => _options with { RequestMinThroughput = NonNegative(key, value, offset) },
            "retry_timeout" => _options with { RetryTimeout = TimeSpan.FromMilliseconds(NonNegative(key, value, offset)) },
            "username" => _options with { Username = value },
            "password" => _options with { Password = value },
            "token" => _options with { Token = IsTcp ? TcpKey(value, offset) : value },
            "auth_timeout" => _options with { AuthTimeout = Millis(key, value, offset, allowOff: false) },
            "tls_verify" => _options with { TlsVerify = OnOff(key, value, offset, "on", "unsafe_off") },
            "protocol_version" => _options with { ProtocolVersion = Version(value, offset) },
            _ => throw IlpConfigParser.Error(offset, $"unknown key '{key}'"),
        };
    }

    public IlpSenderOptions Build()
    {
        int defaultPort = IsTcp ? 9009 : 9000;
        var o = _options with
        {
            Addresses = _addresses.Count > 0
                ? _addresses.ConvertAll(a => a.Port == 0 ? a with { Port = defaultPort } : a)
                : [new IlpEndpoint("localhost", defaultPort)],
            AutoFlushRows = _rowsSet ? _options.AutoFlushRows : (IsTcp ? 600 : 75_000),
        };
        if (o.MaxBufferSize < o.InitBufferSize)
        {
            throw IlpConfigParser.Error(0, $"max_buf_size ({o.MaxBufferSize}) is smaller than init_buf_size ({o.InitBufferSize})");
        }

        if (o.Password is not null && o.Username is null)
        {
            throw IlpConfigParser.Error(0, "password given without username");
        }

        if (o.Token is not null && o.Username is not null && o.IsHttp)
        {
            throw IlpConfigParser.Error(0, "token and username/password are mutually exclusive over HTTP");
        }

        if (IsTcp && o.Password is not null)
        {
            throw IlpConfigParser.Error(0, "password is not used over TCP: TCP authentication takes username (the key id) and token (the ECDSA private key 'd')");
        }

        if (IsTcp && (o.Username is null) != (o.Token is null))
        {
            // QuestDB's TCP auth is an ECDSA P-256 challenge (ops.md §1.8): it needs the key id and the private key.
            throw IlpConfigParser.Error(0, o.Username is null
                ? "token given without username: TCP authentication needs username (the key id) and token (the ECDSA private key 'd')"
                : "username given without token: TCP authentication needs username (the key id) and token (the ECDSA private key 'd')");
        }

        if (IsTcp && o.ProtocolVersion is null)
        {
            o = o with { ProtocolVersion = IlpProtocolVersion.V1 };
        }

        return o;
    }

    private static string TcpKey(string value, int offset) =>
        Transport.IlpTcpAuthKey.Check(value) is { } error ? throw IlpConfigParser.Error(offset, "token: " + error) : value;

    private IlpSenderOptions SetRows(int rows)
    {
        _rowsSet = true;
        return _options with { AutoFlushRows = rows };
    }

    private IlpSenderOptions AddAddresses(string value, int offset)
    {
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            _addresses.Add(ParseEndpoint(part, offset));
        }

        return _options;
    }

    private static IlpEndpoint ParseEndpoint(string text, int offset)
    {
        if (text.Length == 0)
        {
            throw IlpConfigParser.Error(offset, "addr: empty address (expected host[:port])");
        }

        string host = text;
        string? port = null;
        if (text.StartsWith('['))
        {
            int close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw IlpConfigParser.Error(offset, $"addr: '{text}' has '[' without ']'");
            }

            host = text[1..close];
            port = close + 1 < text.Length && text[close + 1] == ':' ? text[(close + 2)..] : null;
        }
        else if (text.LastIndexOf(':') is var colon and >= 0 && text.IndexOf(':', StringComparison.Ordinal) == colon)
        {
            host = text[..colon];
            port = text[(colon + 1)..];
        }

        if (host.Length == 0)
        {
            throw IlpConfigParser.Error(offset, $"addr: '{text}' has no host");
        }

        if (port is null)
        {
            return new IlpEndpoint(host, 0);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int p) || p is < 1 or > 65535)
        {
            throw IlpConfigParser.Error(offset, $"addr: port '{port}' in '{text}' must be 1-65535");
        }

        return new IlpEndpoint(host, p);
    }

    private static bool OnOff(string key, string value, int offset, string on, string off) =>
        value == on ? true : value == off ? false : throw IlpConfigParser.Error(offset, $"{key}: expected '{on}' or '{off}', got '{value}'");

    private static int CountOrOff(string key, string value, int offset) =>
        value == "off" ? 0 : Positive(key, value, offset, "a positive integer or 'off'");

    private static TimeSpan Millis(string key, string value, int offset, bool allowOff)
    {
        if (allowOff && value == "off")
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMilliseconds(Positive(key, value, offset, allowOff ? "milliseconds > 0 or 'off'" : "milliseconds > 0"));
    }

    private static int Positive(string key, string value, int offset, string expected = "a positive integer")
    {
        int n = NonNegative(key, value, offset, expected);
        return n > 0 ? n : throw IlpConfigParser.Error(offset, $"{key}: expected {expected}, got '{value}'");
    }

    private static int NonNegative(string key, string value, int offset, string expected = "a non-negative integer") =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw IlpConfigParser.Error(offset, $"{key}: expected {expected}, got '{value}'");

    private static IlpProtocolVersion? Version(string value, int offset) => value switch
    {
        "auto" => null,
        "1" => IlpProtocolVersion.V1,
        "2" => IlpProtocolVersion.V2,
        _ => throw IlpConfigParser.Error(offset, $"protocol_version: expected 1, 2 or auto, got '{value}'"),
    };
}
