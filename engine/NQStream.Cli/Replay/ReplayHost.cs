using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Sinks.Metrics;
using Spectre.Console;

namespace NQStream.Cli.Replay;

/// <summary>
/// Runs a <see cref="ReplayRequest"/> with a progress display (interactive consoles) and, with
/// <c>--metrics-port</c>, a /metrics endpoint whose engine counters (events, signals by priority and class) and
/// process metrics move while the replay runs.
/// </summary>
internal static class ReplayHost
{
    public static ReplaySummary Run(IAnsiConsole console, ReplayRequest request, int? metricsPort) =>
        RunAsync(console, request, metricsPort).GetAwaiter().GetResult();

    private static async Task<ReplaySummary> RunAsync(IAnsiConsole console, ReplayRequest request, int? metricsPort)
    {
        if (metricsPort is null)
        {
            return await WithProgress(console, request).ConfigureAwait(false);
        }

        if (metricsPort is < 0 or > 65535)
        {
            throw new CliException($"--metrics-port {metricsPort}: expected 0..65535");
        }

        using var registry = new MetricsRegistry();
        using var process = new ProcessMetrics(Path.GetDirectoryName(Path.GetFullPath(request.StorePath)) ?? ".");
        using var engine = new EngineMetrics();
        MetricsHost server;
        try
        {
            server = await MetricsHost.StartAsync(registry, new MetricsHostOptions { Port = metricsPort.Value }).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliException($"--metrics-port {metricsPort}: cannot listen: {ex.Message}", ex);
        }

        await using (server.ConfigureAwait(false))
        {
            server.IsReady = true;
            console.MarkupLine($"metrics: {Markup.Escape(server.BaseAddress + "metrics")}");
            return await WithProgress(console, request with { Metrics = engine }).ConfigureAwait(false);
        }
    }

    private static async Task<ReplaySummary> WithProgress(IAnsiConsole console, ReplayRequest request)
    {
        try
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                return await ReplayRunner.RunAsync(request, null).ConfigureAwait(false);
            }

            ReplaySummary? summary = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("replaying");
                    var signals = 0L;
                    summary = await ReplayRunner.RunAsync(
                        request,
                        n => task.Description = string.Create(CultureInfo.InvariantCulture, $"replaying: {n:N0} events, {Interlocked.Read(ref signals):N0} signals"),
                        _ => Interlocked.Increment(ref signals)).ConfigureAwait(false);
                    task.StopTask();
                }).ConfigureAwait(false);
            return summary!;
        }
        catch (Exception ex) when (ex is DbnFormatException or InvalidDataException)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
