using System.Globalization;
using System.Text;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// The documented configuration-string grammar (questdb/documentation connect-string.md):
/// <c>schema::key=value;key=value;…</c>, keys <c>[a-z0-9_]</c> and case-sensitive, <c>;;</c> is a literal
/// semicolon inside a value, trailing <c>;</c> optional. Unknown keys are rejected. Every error names the
/// key (or schema) and the character offset where it starts.
/// </summary>
internal static class IlpConfigParser
{
    private static readonly string[] KnownKeys =
    [
        "addr", "auto_flush", "auto_flush_rows", "auto_flush_bytes", "auto_flush_interval", "init_buf_size",
        "max_buf_size", "max_name_len", "request_timeout", "request_min_throughput", "retry_timeout", "username",
        "password", "token", "auth_timeout", "tls_verify", "protocol_version",
    ];

    public static IlpSenderOptions Parse(string config)
    {
        ArgumentNullException.ThrowIfNull(config);
        int sep = config.IndexOf("::", StringComparison.Ordinal);
        if (sep < 0)
        {
            throw Error(0, "expected 'schema::key=value;…' (schema http, https, tcp or tcps)");
        }

        string schema = config[..sep];
        IlpTransportKind kind = schema switch
        {
            "http" => IlpTransportKind.Http,
            "https" => IlpTransportKind.Https,
            "tcp" => IlpTransportKind.Tcp,
            "tcps" => IlpTransportKind.Tcps,
            _ => throw Error(0, $"unknown schema '{schema}' (expected http, https, tcp or tcps)"),
        };
        var builder = new IlpOptionsBuilder(kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int pos = sep + 2;
        while (pos < config.Length)
        {
            int keyStart = pos;
            int eq = config.IndexOf('=', pos);
            if (eq < 0)
            {
                throw Error(keyStart, $"expected 'key=value', got '{config[keyStart..]}'");
            }

            string key = config[keyStart..eq];
            ValidateKey(key, keyStart);
            (string value, int next) = ReadValue(config, eq + 1);
            if (key != "addr" && !seen.Add(key))
            {
                throw Error(keyStart, $"key '{key}' given twice");
            }

            builder.Apply(key, value, keyStart);
            pos = next;
        }

        return builder.Build();
    }

    public static string Format(IlpSenderOptions o)
    {
        var sb = new StringBuilder();
        sb.Append(o.Transport.ToString().ToLowerInvariant()).Append("::");
        foreach (var a in o.Addresses)
        {
            sb.Append("addr=").Append(a.ToString()).Append(';');
        }

        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"auto_flush={(o.AutoFlush ? "on" : "off")};");
        sb.Append(ci, $"auto_flush_rows={Off(o.AutoFlushRows)};auto_flush_bytes={Off(o.AutoFlushBytes)};");
        sb.Append(ci, $"auto_flush_interval={Off((long)o.AutoFlushInterval.TotalMilliseconds)};");
        sb.Append(ci, $"init_buf_size={o.InitBufferSize};max_buf_size={o.MaxBufferSize};max_name_len={o.MaxNameLength};");
        sb.Append(ci, $"request_timeout={(long)o.RequestTimeout.TotalMilliseconds};request_min_throughput={o.RequestMinThroughput};");
        sb.Append(ci, $"retry_timeout={(long)o.RetryTimeout.TotalMilliseconds};auth_timeout={(long)o.AuthTimeout.TotalMilliseconds};");
        if (o.Username is not null)
        {
            sb.Append("username=").Append(o.Username.Replace(";", ";;", StringComparison.Ordinal)).Append(';');
        }

        if (o.Password is not null)
        {
            sb.Append("password=***;");
        }

        if (o.Token is not null)
        {
            sb.Append("token=***;");
        }

        sb.Append("tls_verify=").Append(o.TlsVerify ? "on" : "unsafe_off").Append(';');
        sb.Append("protocol_version=").Append(o.ProtocolVersion is { } v ? ((int)v).ToString(ci) : "auto").Append(';');
        return sb.ToString();
    }

    internal static IlpException Error(int offset, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"ILP configuration string, offset {offset}: {message}"));

    private static string Off(long value) => value == 0 ? "off" : value.ToString(CultureInfo.InvariantCulture);

    private static void ValidateKey(string key, int offset)
    {
        if (key.Length == 0)
        {
            throw Error(offset, "empty key before '='");
        }

        foreach (char ch in key)
        {
            if (ch is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw Error(offset, $"invalid key '{key}' (keys are lowercase letters, digits and '_')");
            }
        }

        if (Array.IndexOf(KnownKeys, key) < 0)
        {
            throw Error(offset, $"unknown key '{key}' (known: {string.Join(", ", KnownKeys)})");
        }
    }

    private static (string Value, int Next) ReadValue(string config, int start)
    {
        var sb = new StringBuilder();
        int i = start;
        while (i < config.Length)
        {
            char ch = config[i];
            if (ch == ';')
            {
                if (i + 1 < config.Length && config[i + 1] == ';')
                {
                    sb.Append(';');
                    i += 2;
                    continue;
                }

                return (sb.ToString(), i + 1);
            }

            sb.Append(ch);
            i++;
        }

        return (sb.ToString(), i);
    }
}
