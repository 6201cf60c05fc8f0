using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// Collects every instrument of every meter whose name is <c>prefix</c> or starts with <c>prefix.</c>
/// through a <see cref="MeterListener"/>, so metric names come from the instruments themselves.
/// Counters, up-down counters, gauges (synchronous and observable) and histograms with explicit
/// buckets are supported; <see cref="Collect"/> produces a snapshot for the writers.
/// </summary>
public sealed class MetricsRegistry : IDisposable
{
    /// <summary>The default meter prefix: every NQStream meter.</summary>
    public const string DefaultPrefix = "NQStream";

    private readonly string _prefix;
    private readonly MeterListener _listener;
    private readonly ConcurrentDictionary<Instrument, InstrumentState> _states = new();
    private readonly object _collectGate = new();
    private long _published;

    /// <summary>Starts listening to meters named <paramref name="meterPrefix"/> or <c>meterPrefix.*</c>.</summary>
    public MetricsRegistry(string meterPrefix = DefaultPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(meterPrefix);
        _prefix = meterPrefix;
        _listener = new MeterListener
        {
            InstrumentPublished = OnInstrumentPublished,
            MeasurementsCompleted = (instrument, _) => _states.TryRemove(instrument, out InstrumentState? _),
        };
        _listener.SetMeasurementEventCallback<double>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<float>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<long>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<int>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<short>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<byte>(static (i, v, tags, state) => ((InstrumentState)state!).Record(v, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (i, v, tags, state) => ((InstrumentState)state!).Record((double)v, tags));
        _listener.Start();
    }

    /// <summary>Runs observable callbacks, then snapshots every family, sorted by name.</summary>
    public IReadOnlyList<MetricFamily> Collect()
    {
        lock (_collectGate)
        {
            _listener.RecordObservableInstruments();
            var byName = new SortedDictionary<string, FamilyBuilder>(StringComparer.Ordinal);
            // First published wins a name clash: order by publication, not by dictionary order.
            var states = _states.Values.ToArray();
            Array.Sort(states, static (a, b) => a.Order.CompareTo(b.Order));
            foreach (InstrumentState state in states)
            {
                if (!byName.TryGetValue(state.Name, out FamilyBuilder? builder))
                {
                    builder = new FamilyBuilder(state);
                    byName.Add(state.Name, builder);
                }

                builder.Add(state);
            }

            var families = new List<MetricFamily>(byName.Count);
            foreach (FamilyBuilder builder in byName.Values)
            {
                if (builder.HasSeries)
                {
                    families.Add(builder.Build());
                }
            }

            return families;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        string meter = instrument.Meter.Name;
        bool matches = string.Equals(meter, _prefix, StringComparison.Ordinal)
            || (meter.StartsWith(_prefix, StringComparison.Ordinal) && meter.Length > _prefix.Length && meter[_prefix.Length] == '.');
        if (!matches)
        {
            return;
        }

        InstrumentState? state = InstrumentState.Create(instrument, Interlocked.Increment(ref _published));
        if (state is not null && _states.TryAdd(instrument, state))
        {
            listener.EnableMeasurementEvents(instrument, state);
        }
    }
}
