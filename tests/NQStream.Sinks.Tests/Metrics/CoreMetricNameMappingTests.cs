using FluentAssertions;
using NQStream.Core.Metrics;
using NQStream.Sinks.Metrics;
using Xunit;

namespace NQStream.Sinks.Tests.Metrics;

/// <summary>The ring/graph instruments export under exactly the names the rules and dashboards query.</summary>
public sealed class CoreMetricNameMappingTests
{
    [Theory]
    [InlineData(CoreMetricNames.EventsProcessed, null, MetricKind.Counter, EngineMetricNames.EventsProcessed)]
    [InlineData(CoreMetricNames.EventsEmitted, null, MetricKind.Counter, EngineMetricNames.EventsEmitted)]
    [InlineData(CoreMetricNames.OperatorBusy, "s", MetricKind.Counter, EngineMetricNames.OperatorBusySeconds)]
    [InlineData(CoreMetricNames.RingOccupancyRatio, null, MetricKind.Gauge, EngineMetricNames.RingOccupancy)]
    [InlineData(CoreMetricNames.Backpressure, "s", MetricKind.Counter, EngineMetricNames.BackpressureSeconds)]
    [InlineData(CoreMetricNames.LateEvents, "{event}", MetricKind.Counter, EngineMetricNames.LateEvents)]
    public void Core_instrument_exports_as_the_dashboard_name(string instrument, string? unit, MetricKind kind, string expected) =>
        PrometheusNaming.SampleName(instrument, unit, kind).Should().Be(expected);
}
