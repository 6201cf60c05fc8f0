using NQStream.Sinks.Metrics;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// An in-process metrics host on a free 127.0.0.1 port with the engine's instruments (recorded with
/// known values, including label values that need escaping) and the process metrics. Each fixture has its own meter
/// prefix: meters are process-wide, so two fixtures on the default names (test classes run in parallel) would each
/// collect the other's recordings.
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    private static int _instances;
    private readonly string _prefix = $"NQStreamFixture{Interlocked.Increment(ref _instances)}";

    /// <summary>A feed label that needs every escape: quote, backslash, newline.</summary>
    public const string AwkwardFeed = "say \"hi\"\\x\nbye";

    private readonly string _storeDir = RepoPaths.NewTempDir("nqstream-store");

    /// <summary>The registry behind the host.</summary>
    public MetricsRegistry Registry { get; private set; } = null!;

    /// <summary>The engine instruments.</summary>
    public EngineMetrics Engine { get; private set; } = null!;

    /// <summary>The process instruments.</summary>
    public ProcessMetrics Process { get; private set; } = null!;

    /// <summary>The running host.</summary>
    public MetricsHost Host { get; private set; } = null!;

    /// <summary>host:port for a scrape config.</summary>
    public string Target => $"127.0.0.1:{Host.Port}";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Registry = new MetricsRegistry(_prefix);
        Engine = new EngineMetrics(_prefix + ".Engine");
        Process = new ProcessMetrics(_storeDir, _prefix + ".Process");
        var book = new KeyValuePair<string, object?>("operator", "book");
        var ofi = new KeyValuePair<string, object?>("operator", "ofi");
        var ring = new KeyValuePair<string, object?>("ring", "main");
        var databento = new KeyValuePair<string, object?>("feed", "databento");
        var awkward = new KeyValuePair<string, object?>("feed", AwkwardFeed);
        Engine.EventsProcessed.Add(1234, book);
        Engine.EventsProcessed.Add(1000, ofi);
        Engine.EventsEmitted.Add(1200, book);
        Engine.OperatorBusySeconds.Add(0.75, book);
        foreach (double latency in new[] { 0.0004, 0.002, 0.002, 0.03, 0.2 })
        {
            Engine.ProcessingLatency.Record(latency);
        }

        Engine.RingOccupancy.Record(0.125, ring);
        Engine.BackpressureSeconds.Add(0.5, ring);
        Engine.LateEvents.Add(3, book);
        Engine.FeedMessages.Add(5000, databento);
        Engine.FeedMessages.Add(1, awkward);
        double now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        Engine.FeedLastEventTimestamp.Record(now - 0.5, databento);
        Engine.FeedLastReceiveTimestamp.Record(now, databento);
        Engine.FeedLag.Record(0.0015, databento);
        Engine.FeedGaps.Add(2, databento);
        Engine.FeedGaps.Add(7, awkward);
        Engine.FeedQuality.Record(0.995, databento);
        Engine.Signals.Add(4, new("priority", "high"), new("class", "sweep"), new("underlying", "NQ"));
        Engine.Signals.Add(9, new("priority", "low"), new("class", "block"), new("underlying", "NQ"));
        Engine.DataCostUsd.Add(12.5, databento);
        Engine.DataBudgetUsd.Record(100);
        Host = await MetricsHost.StartAsync(Registry, new MetricsHostOptions { Host = "127.0.0.1", Port = 0 });
        Host.IsReady = true;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Process.Dispose();
        Engine.Dispose();
        Registry.Dispose();
        Directory.Delete(_storeDir, recursive: true);
    }
}
