namespace NQStream.Cli.Perf;

/// <summary>The measured runs of one stage over <see cref="Items"/> items (events or rows) each.</summary>
internal sealed class StageResult(string name, string unit, long items)
{
    private readonly List<StageTiming> _runs = [];

    public string Name { get; } = name;

    /// <summary>What an item is: "events" or "rows".</summary>
    public string Unit { get; } = unit;

    public long Items { get; } = items;

    public IReadOnlyList<StageTiming> Runs => _runs;

    public void Add(StageTiming run) => _runs.Add(run);

    /// <summary>Median wall seconds of the measured runs.</summary>
    public double MedianWall => Median(static r => r.WallSeconds);

    public double MedianCpu => Median(static r => r.CpuSeconds);

    public double BestWall => Min(static r => r.WallSeconds);

    /// <summary>Items per second at the median wall time.</summary>
    public double Rate => Items / MedianWall;

    public double BestRate => Items / BestWall;

    /// <summary>Items per process-CPU second (median).</summary>
    public double CpuRate => MedianCpu > 0 ? Items / MedianCpu : double.NaN;

    /// <summary>Bytes allocated per item on the measuring thread (median run).</summary>
    public double BytesPerItem => Median(static r => r.AllocatedBytes) / Items;

    private double Median(Func<StageTiming, double> value)
    {
        var values = _runs.Select(value).Order().ToArray();
        return values.Length == 0 ? double.NaN
            : values.Length % 2 == 1 ? values[values.Length / 2]
            : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private double Min(Func<StageTiming, double> value) => _runs.Count == 0 ? double.NaN : _runs.Min(value);
}
