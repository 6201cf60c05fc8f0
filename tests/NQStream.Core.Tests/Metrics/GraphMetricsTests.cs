using System.Diagnostics.Metrics;
using FluentAssertions;
using NQStream.Core.Graph;
using NQStream.Core.Metrics;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Metrics;

public class GraphMetricsTests
{
    [Fact]
    public async Task Per_operator_and_ring_instruments_report_the_graph_state()
    {
        var graphName = "metrics-" + Guid.NewGuid().ToString("N");
        var values = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CoreMeter.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? graph = null;
            var op = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "graph")
                {
                    graph = (string?)tag.Value;
                }
                else if (tag.Key == "operator")
                {
                    op = "/" + (string?)tag.Value;
                }
            }

            if (graph == graphName)
            {
                values[instrument.Name + op] = value;
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.Start();

        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { Name = graphName, BufferSize = 16 })
            .Add("sum", new SumHandler())
            .Add("thrower", new ThrowingHandler(100), "sum")
            .WithFaultHandler(new NQStream.Core.Ring.OperatorFaultLog<TestEvent>())
            .Build();
        for (long i = 0; i < 10; i++)
        {
            graph.Ring.PublishEvent(new TestEvent { Value = i + 1 });
        }

        listener.RecordObservableInstruments();
        values["nqstream.ring.occupancy"].Should().Be(10);
        values["nqstream.ring.occupancy_ratio"].Should().Be(10 / 16.0);
        values["nqstream.ring.capacity"].Should().Be(16);

        graph.Start();
        var producer = Task.Run(() =>
        {
            for (long i = 10; i < 1000; i++)
            {
                graph.Ring.PublishEvent(new TestEvent { Value = i + 1 });
            }
        });
        await producer.WaitAsync(TimeSpan.FromSeconds(10));
        graph.Shutdown(TimeSpan.FromSeconds(10)).Should().BeTrue();
        listener.RecordObservableInstruments();

        values["nqstream.events.processed/sum"].Should().Be(1000);
        values["nqstream.events.emitted/thrower"].Should().Be(1000);
        values["nqstream.operator.faults/thrower"].Should().Be(10);
        values["nqstream.operator.busy/sum"].Should().BeGreaterThan(0);
        values["nqstream.ring.occupancy"].Should().Be(0);
        values.Should().ContainKey("nqstream.backpressure");
        values["nqstream.backpressure"].Should().BeApproximately(graph.Ring.Sequencer.BlockedTicks / (double)System.Diagnostics.Stopwatch.Frequency, 1e-6);
    }
}
