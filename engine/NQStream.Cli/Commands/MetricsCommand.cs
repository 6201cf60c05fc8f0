using System.CommandLine;
using NQStream.Cli.Hosting;
using NQStream.Sinks.Metrics;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream metrics serve</c>: serves <c>/metrics</c>, <c>/healthz</c> and <c>/readyz</c> with the
/// process metrics and the engine's instruments until Ctrl-C (or <c>--for</c> seconds), so Prometheus
/// has something to scrape. The replay command reuses <see cref="MetricsHost"/> through <c>--metrics-port</c>.
/// </summary>
internal static class MetricsCommand
{
    public static Command Create()
    {
        var metrics = new Command("metrics", "Prometheus endpoint: /metrics (text 0.0.4 or OpenMetrics), /healthz, /readyz.");
        metrics.Subcommands.Add(CreateServe());
        return metrics;
    }

    private static Command CreateServe()
    {
        var port = new Option<int>("--metrics-port") { Description = "TCP port (0 = any free port)", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--metrics-host") { Description = "Listen address: an IP, localhost, or 0.0.0.0 for all interfaces", DefaultValueFactory = _ => "127.0.0.1" };
        var store = new Option<string>("--store-path") { Description = "Folder of the store; its volume's free space is exported", DefaultValueFactory = _ => "." };
        var duration = new Option<double?>("--for") { Description = "Stop after this many seconds instead of waiting for Ctrl-C" };
        var serve = new Command("serve", "Serve the metrics endpoint until Ctrl-C.") { port, host, store, duration };
        serve.SetAction((parse, cancellationToken) => RunAsync(
            new MetricsHostOptions { Host = parse.GetValue(host)!, Port = parse.GetValue(port) },
            parse.GetValue(store)!,
            parse.GetValue(duration),
            parse.InvocationConfiguration.Output,
            cancellationToken));
        return serve;
    }

    private static async Task<int> RunAsync(MetricsHostOptions options, string storePath, double? seconds, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new CliException($"--metrics-port {options.Port}: expected 0..65535");
        }

        if (seconds is <= 0 or double.NaN)
        {
            throw new CliException($"--for {seconds}: expected a positive number of seconds");
        }

        using var registry = new MetricsRegistry();
        using var process = new ProcessMetrics(storePath);
        using var engine = new EngineMetrics();
        MetricsHost server;
        try
        {
            server = await MetricsHost.StartAsync(registry, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message.Split(" (Parameter", 2)[0]);
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot listen on {options.Host}:{options.Port}: {ex.Message}");
        }

        await using (server.ConfigureAwait(false))
        {
            server.IsReady = true;
            stdout.WriteLine($"serving {server.BaseAddress}metrics (also /healthz, /readyz); Ctrl-C stops");
            stdout.Flush();
            try
            {
                await Task.Delay(seconds is double s ? TimeSpan.FromSeconds(s) : Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: a normal way to stop.
            }

            server.IsReady = false;
        }

        return CliApp.ExitOk;
    }
}
