using System.Diagnostics;
using System.Diagnostics.Metrics;
using NQStream.Core.Ring;

namespace NQStream.Core.Metrics;

/// <summary>
/// The System.Diagnostics.Metrics instruments of one graph: per-operator events in/out, busy time and
/// faults; ring occupancy and time producers spent blocked on backpressure. All are observable: the
/// exporter pulls them, so nothing is added to the hot path.
/// </summary>
public sealed class GraphMetrics : IDisposable
{
    private readonly Meter _meter;

    /// <summary>Registers the instruments on a meter named <see cref="CoreMeter.Name"/>.</summary>
    public GraphMetrics(string graphName, Sequencer sequencer, IReadOnlyList<OperatorCounters> operators)
    {
        ArgumentNullException.ThrowIfNull(sequencer);
        ArgumentNullException.ThrowIfNull(operators);
        _meter = new Meter(CoreMeter.Name);
        var graphTag = new KeyValuePair<string, object?>("graph", graphName);
        var counters = operators.ToArray();
        _meter.CreateObservableCounter(
            CoreMetricNames.EventsProcessed, () => PerOperator(counters, graphTag, static c => c.EventsIn), "{event}", "Events delivered to the operator");
        _meter.CreateObservableCounter(
            CoreMetricNames.EventsEmitted, () => PerOperator(counters, graphTag, static c => c.EventsOut), "{event}", "Events the operator released downstream");
        _meter.CreateObservableCounter(
            CoreMetricNames.OperatorFaults, () => PerOperator(counters, graphTag, static c => c.Faults), "{event}", "Events on which the operator threw");
        _meter.CreateObservableCounter(
            CoreMetricNames.OperatorBusy,
            () => PerOperatorSeconds(counters, graphTag),
            "s",
            "Time the operator spent handling events");
        _meter.CreateObservableGauge(
            CoreMetricNames.RingOccupancy, () => new Measurement<long>(sequencer.Occupancy, graphTag), "{slot}", "Published events not yet released by every consumer");
        _meter.CreateObservableGauge(
            CoreMetricNames.RingOccupancyRatio,
            () => new Measurement<double>(sequencer.Occupancy / (double)sequencer.BufferSize, graphTag),
            null,
            "Filled fraction of the ring (0..1)");
        _meter.CreateObservableGauge(
            CoreMetricNames.RingCapacity, () => new Measurement<long>(sequencer.BufferSize, graphTag), "{slot}", "Ring size");
        _meter.CreateObservableCounter(
            CoreMetricNames.Backpressure,
            () => new Measurement<double>(Stopwatch.GetElapsedTime(0, sequencer.BlockedTicks).TotalSeconds, graphTag),
            "s",
            "Time producers waited for space in a full ring");
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<long>> PerOperator(OperatorCounters[] counters, KeyValuePair<string, object?> graphTag, Func<OperatorCounters, long> read)
    {
        foreach (var c in counters)
        {
            yield return new Measurement<long>(read(c), graphTag, new KeyValuePair<string, object?>("operator", c.Name));
        }
    }

    private static IEnumerable<Measurement<double>> PerOperatorSeconds(OperatorCounters[] counters, KeyValuePair<string, object?> graphTag)
    {
        foreach (var c in counters)
        {
            yield return new Measurement<double>(c.BusyTime.TotalSeconds, graphTag, new KeyValuePair<string, object?>("operator", c.Name));
        }
    }
}
