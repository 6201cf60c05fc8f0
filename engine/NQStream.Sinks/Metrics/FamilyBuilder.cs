namespace NQStream.Sinks.Metrics;

/// <summary>
/// Merges the instruments that map to one exposition name (for example the same instrument created by
/// two components) into one family: counters and histograms with the same labels add up, gauges keep
/// the last value seen. An instrument of another kind or with other bucket bounds is left out, because
/// two families with one name would make the whole scrape invalid.
/// </summary>
internal sealed class FamilyBuilder
{
    private readonly InstrumentState _first;
    private readonly Dictionary<string, Entry> _series = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public FamilyBuilder(InstrumentState first) => _first = first;

    public bool HasSeries => _order.Count > 0;

    public void Add(InstrumentState state)
    {
        if (state.Kind != _first.Kind || !state.Bounds.AsSpan().SequenceEqual(_first.Bounds))
        {
            return;
        }

        foreach (MetricSeries series in state.Series)
        {
            string key = Key(series.Labels);
            bool isHistogram = state.Kind == MetricKind.Histogram;
            long[] buckets = isHistogram ? series.ReadBuckets() : [];
            if (!_series.TryGetValue(key, out Entry? entry))
            {
                _series.Add(key, new Entry(series.Labels, series.Value, buckets, isHistogram ? series.Sum : 0));
                _order.Add(key);
                continue;
            }

            if (isHistogram)
            {
                for (int i = 0; i < buckets.Length; i++)
                {
                    entry.Buckets[i] += buckets[i];
                }

                entry.Sum += series.Sum;
            }
            else
            {
                entry.Value = state.Kind == MetricKind.Counter ? entry.Value + series.Value : series.Value;
            }
        }
    }

    public MetricFamily Build()
    {
        _order.Sort(StringComparer.Ordinal);
        var list = new List<SeriesSnapshot>(_order.Count);
        foreach (string key in _order)
        {
            Entry entry = _series[key];
            list.Add(new SeriesSnapshot(entry.Labels, entry.Value, entry.Buckets, entry.Sum));
        }

        return new MetricFamily(_first.Name, _first.Kind, _first.Help, _first.Bounds, list);
    }

    private static string Key(KeyValuePair<string, string>[] labels)
    {
        // \u0001 and \u0002 cannot occur in label names and are vanishingly rare in values.
        return string.Join('\u0002', labels.Select(static l => l.Key + "\u0001" + l.Value));
    }

    private sealed class Entry(KeyValuePair<string, string>[] labels, double value, long[] buckets, double sum)
    {
        public KeyValuePair<string, string>[] Labels { get; } = labels;

        public double Value { get; set; } = value;

        public long[] Buckets { get; } = buckets;

        public double Sum { get; set; } = sum;
    }
}
