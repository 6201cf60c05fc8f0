namespace NQStream.Sinks.Ilp;

/// <summary>The configuration string's schema (<c>http::</c>, <c>https::</c>, <c>tcp::</c>, <c>tcps::</c>).</summary>
public enum IlpTransportKind
{
    /// <summary>ILP over HTTP (port 9000): acknowledged, transactional per table.</summary>
    Http,

    /// <summary>ILP over HTTPS.</summary>
    Https,

    /// <summary>ILP over TCP (port 9009): fire-and-forget.</summary>
    Tcp,

    /// <summary>ILP over TCP with TLS.</summary>
    Tcps,
}
