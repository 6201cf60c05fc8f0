using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// A small Kestrel server for <c>/metrics</c> (text 0.0.4 or OpenMetrics 1.0 by Accept header),
/// <c>/healthz</c> (the process answers) and <c>/readyz</c> (200 once <see cref="IsReady"/> is set,
/// 503 before).
/// </summary>
public sealed class MetricsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly MetricsRegistry _registry;
    private volatile bool _ready;

    private MetricsHost(WebApplication app, MetricsRegistry registry)
    {
        _app = app;
        _registry = registry;
    }

    /// <summary>The port actually bound (useful with port 0).</summary>
    public int Port { get; private set; }

    /// <summary>Base address, e.g. <c>http://127.0.0.1:5000</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Readiness reported by <c>/readyz</c>; set by the owner once the engine is running.</summary>
    public bool IsReady
    {
        get => _ready;
        set => _ready = value;
    }

    /// <summary>Starts the server. Throws <see cref="ArgumentException"/> for an invalid host or port.</summary>
    public static async Task<MetricsHost> StartAsync(MetricsRegistry registry, MetricsHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"metrics port {options.Port} is out of range: expected 0..65535", nameof(options));
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => Listen(kestrel, options));
        WebApplication app = builder.Build();
        var host = new MetricsHost(app, registry);
        app.MapGet("/metrics", host.ServeMetricsAsync);
        app.MapGet("/healthz", static context => WritePlainAsync(context, StatusCodes.Status200OK, "ok\n"));
        app.MapGet("/readyz", context => host.IsReady
            ? WritePlainAsync(context, StatusCodes.Status200OK, "ready\n")
            : WritePlainAsync(context, StatusCodes.Status503ServiceUnavailable, "not ready\n"));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address);
        host.Port = bound.Port;
        string shownHost = options.Host is "0.0.0.0" or "*" ? "127.0.0.1" : bound.Host;
        host.BaseAddress = new Uri($"http://{shownHost}:{bound.Port}/");
        return host;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, MetricsHostOptions options)
    {
        switch (options.Host)
        {
            case "0.0.0.0" or "*":
                kestrel.Listen(IPAddress.Any, options.Port);
                break;
            case "localhost":
                kestrel.Listen(IPAddress.Loopback, options.Port);
                break;
            default:
                if (!IPAddress.TryParse(options.Host, out IPAddress? ip))
                {
                    throw new ArgumentException($"metrics host '{options.Host}' is not an IP address, 'localhost' or '0.0.0.0'", nameof(options));
                }

                kestrel.Listen(ip, options.Port);
                break;
        }
    }

    private static Task WritePlainAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }

    private Task ServeMetricsAsync(HttpContext context)
    {
        ExpositionFormat format = Exposition.Negotiate(context.Request.Headers.Accept.ToString());
        string body = Exposition.Render(_registry.Collect(), format);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Exposition.ContentType(format);
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }
}
