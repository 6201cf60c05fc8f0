using System.Diagnostics.Metrics;
using FluentAssertions;
using NQStream.Sinks.Metrics;
using Xunit;

namespace NQStream.Sinks.Tests.Metrics;

public sealed class MetricsRegistryTests : IDisposable
{
    // A private prefix per test class instance keeps parallel tests from seeing each other's meters.
    private readonly string _prefix = "NQStreamTest" + Guid.NewGuid().ToString("N");
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (IDisposable item in _owned)
        {
            item.Dispose();
        }
    }

    [Fact]
    public void Counters_add_up_per_label_set_regardless_of_tag_order()
    {
        Meter meter = NewMeter("A");
        using var registry = new MetricsRegistry(_prefix);
        Counter<long> counter = meter.CreateCounter<long>("jobs.done", null, "Jobs done.");
        counter.Add(2, new("op", "book"), new("kind", "x"));
        counter.Add(3, new("kind", "x"), new("op", "book"));
        counter.Add(7, new KeyValuePair<string, object?>("op", "ofi"), new("kind", "x"));

        MetricFamily family = registry.Collect().Single();
        family.Name.Should().Be("jobs_done_total");
        family.Kind.Should().Be(MetricKind.Counter);
        family.Help.Should().Be("Jobs done.");
        family.Series.Select(s => (Labels(s), s.Value)).Should().Equal(
            ("kind=x,op=book", 5d),
            ("kind=x,op=ofi", 7d));
    }

    [Fact]
    public void Histogram_uses_advised_bounds_with_inclusive_upper_edges()
    {
        Meter meter = NewMeter("H");
        using var registry = new MetricsRegistry(_prefix);
        Histogram<double> histogram = meter.CreateHistogram("lat", "s", "Latency.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.1, 1] });
        foreach (double v in new[] { 0.005, 0.01, 0.05, 0.1, 0.5, 2, double.PositiveInfinity })
        {
            histogram.Record(v);
        }

        MetricFamily family = registry.Collect().Single();
        family.Name.Should().Be("lat_seconds");
        family.Bounds.Should().Equal(0.01, 0.1, 1);
        family.Series.Single().BucketCounts.Should().Equal(2, 2, 1, 2);
        PrometheusTextWriter.Write([family]).Should().Contain(
            "lat_seconds_bucket{le=\"0.01\"} 2\nlat_seconds_bucket{le=\"0.1\"} 4\nlat_seconds_bucket{le=\"1.0\"} 5\nlat_seconds_bucket{le=\"+Inf\"} 7\nlat_seconds_sum +Inf\nlat_seconds_count 7\n");
    }

    [Fact]
    public void Histogram_without_advice_gets_the_default_bounds()
    {
        Meter meter = NewMeter("D");
        using var registry = new MetricsRegistry(_prefix);
        meter.CreateHistogram<long>("size").Record(30);
        MetricFamily family = registry.Collect().Single();
        family.Bounds.Should().Equal(0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000);
        family.Series.Single().BucketCounts[4].Should().Be(1);
        family.Series.Single().Sum.Should().Be(30);
    }

    [Fact]
    public void Gauges_up_down_counters_and_observables_report_their_kind_and_value()
    {
        Meter meter = NewMeter("G");
        using var registry = new MetricsRegistry(_prefix);
        Gauge<double> gauge = meter.CreateGauge<double>("occupancy_ratio");
        gauge.Record(0.25, new KeyValuePair<string, object?>("ring", "main"));
        gauge.Record(0.75, new KeyValuePair<string, object?>("ring", "main"));
        UpDownCounter<int> inflight = meter.CreateUpDownCounter<int>("inflight");
        inflight.Add(5);
        inflight.Add(-2);
        long total = 41;
        meter.CreateObservableCounter("observed_total", () => ++total);
        meter.CreateObservableGauge("temperature", () => new Measurement<decimal>(21.5m, new KeyValuePair<string, object?>("room", 7)));

        var families = registry.Collect().ToDictionary(f => f.Name);
        families.Keys.Should().BeEquivalentTo("occupancy_ratio", "inflight", "observed_total", "temperature");
        families["occupancy_ratio"].Series.Single().Value.Should().Be(0.75);
        families["inflight"].Kind.Should().Be(MetricKind.Gauge);
        families["inflight"].Series.Single().Value.Should().Be(3);
        families["observed_total"].Kind.Should().Be(MetricKind.Counter);
        families["observed_total"].Series.Single().Value.Should().Be(42);
        families["temperature"].Series.Single().Labels.Single().Should().Be(new KeyValuePair<string, string>("room", "7"));
        families["temperature"].Series.Single().Value.Should().Be(21.5);

        registry.Collect().Single(f => f.Name == "observed_total").Series.Single().Value.Should().Be(43);
    }

    [Fact]
    public void Meters_outside_the_prefix_and_disposed_meters_are_not_exported()
    {
        using var other = new Meter(_prefix + "Other");
        Meter mine = NewMeter("M");
        using var registry = new MetricsRegistry(_prefix);
        other.CreateCounter<int>("foreign").Add(1);
        mine.CreateCounter<int>("own").Add(1);
        registry.Collect().Select(f => f.Name).Should().Equal("own_total");

        mine.Dispose();
        registry.Collect().Should().BeEmpty();
    }

    [Fact]
    public void Same_name_from_two_meters_merges_into_one_family()
    {
        using var registry = new MetricsRegistry(_prefix);
        NewMeter("One").CreateCounter<long>("events").Add(4, new KeyValuePair<string, object?>("op", "a"));
        NewMeter("Two").CreateCounter<long>("events").Add(6, new KeyValuePair<string, object?>("op", "a"));
        NewMeter("Three").CreateGauge<long>("events_total").Record(1);

        MetricFamily family = registry.Collect().Single();
        family.Kind.Should().Be(MetricKind.Counter);
        family.Series.Single().Value.Should().Be(10);
    }

    [Fact]
    public void Engine_metrics_export_exactly_the_names_in_EngineMetricNames()
    {
        using var registry = new MetricsRegistry(_prefix);
        using var engine = new EngineMetrics(_prefix + ".Engine");
        var op = new KeyValuePair<string, object?>("operator", "book");
        var ring = new KeyValuePair<string, object?>("ring", "main");
        var feed = new KeyValuePair<string, object?>("feed", "databento");
        engine.EventsProcessed.Add(10, op);
        engine.EventsEmitted.Add(9, op);
        engine.OperatorBusySeconds.Add(0.5, op);
        engine.ProcessingLatency.Record(0.003);
        engine.RingOccupancy.Record(0.5, ring);
        engine.BackpressureSeconds.Add(0.1, ring);
        engine.LateEvents.Add(1, op);
        engine.FeedMessages.Add(100, feed);
        engine.FeedLastEventTimestamp.Record(1.7e9, feed);
        engine.FeedLastReceiveTimestamp.Record(1.7e9, feed);
        engine.FeedLag.Record(0.002, feed);
        engine.FeedGaps.Add(1, feed);
        engine.FeedQuality.Record(0.99, feed);
        engine.Signals.Add(1, new("priority", "high"), new("class", "sweep"), new("underlying", "NQ"));
        engine.DataCostUsd.Add(0.25, feed);
        engine.DataBudgetUsd.Record(100);

        var families = registry.Collect();
        families.Select(f => f.Name).Should().BeEquivalentTo(EngineMetricNames.All);
        families.Single(f => f.Name == EngineMetricNames.ProcessingLatency).Bounds.Should().Equal(EngineMetricNames.LatencyBuckets);
    }

    [Fact]
    public void Process_metrics_report_cpu_memory_and_the_store_volume()
    {
        using var registry = new MetricsRegistry(_prefix);
        string missing = Path.Combine(Path.GetTempPath(), "nqstream-no-such-dir-" + Guid.NewGuid().ToString("N"), "store");
        using var process = new ProcessMetrics(missing, _prefix + ".Process");
        var families = registry.Collect().ToDictionary(f => f.Name);

        families.Keys.Should().BeEquivalentTo(ProcessMetricNames.All);
        families[ProcessMetricNames.CpuSeconds].Series.Single().Value.Should().BePositive();
        families[ProcessMetricNames.ResidentMemory].Series.Single().Value.Should().BeGreaterThan(1 << 20);
        families[ProcessMetricNames.HostCpuCount].Series.Single().Value.Should().Be(Environment.ProcessorCount);
        families[ProcessMetricNames.GcCollections].Series.Select(s => s.Labels.Single().Value).Should().Equal("gen0", "gen1", "gen2");
        SeriesSnapshot free = families[ProcessMetricNames.StoreVolumeFree].Series.Single();
        SeriesSnapshot size = families[ProcessMetricNames.StoreVolumeSize].Series.Single();
        process.StoreVolumePath.Should().Be(Path.GetFullPath(Path.GetTempPath()).TrimEnd('/'));
        free.Labels.Single().Should().Be(new KeyValuePair<string, string>("path", process.StoreVolumePath));
        free.Value.Should().BePositive().And.BeLessThanOrEqualTo(size.Value);
        double expected = new DriveInfo(process.StoreVolumePath).AvailableFreeSpace;
        free.Value.Should().BeApproximately(expected, expected * 0.02, "other processes may write a little in between");
    }

    private static string Labels(SeriesSnapshot series) => string.Join(',', series.Labels.Select(l => l.Key + "=" + l.Value));

    private Meter NewMeter(string suffix)
    {
        var meter = new Meter(_prefix + "." + suffix);
        _owned.Add(meter);
        return meter;
    }
}
