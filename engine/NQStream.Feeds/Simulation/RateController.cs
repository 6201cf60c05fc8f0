namespace NQStream.Feeds.Simulation;

/// <summary>
/// Paces one process so that its records add up to a target per session, spread by the intraday profile:
/// the next event comes after an exponential gap in profile time whose mean is (records per event so far)
/// / target, stretched or shrunk by how far the records so far are from the target's pro-rata share.
/// </summary>
internal sealed class RateController
{
    private readonly double _target;
    private readonly double _prior;
    private long _events;
    private long _records;

    public RateController(double targetRecords, double priorRecordsPerEvent)
    {
        _target = Math.Max(targetRecords, 1.0);
        _prior = priorRecordsPerEvent;
    }

    /// <summary>Current profile time of this process.</summary>
    public double U { get; private set; }

    public long Records => _records;

    public double RecordsPerEvent => _events < 20 ? _prior : Math.Max(_records / (double)_events, 0.05);

    public void Record(int records)
    {
        _events++;
        _records += records;
    }

    /// <summary>Counts records caused later by this process's events (market-maker refills after its trades).</summary>
    public void AddRecords(int records) => _records += records;

    /// <summary>Advances to the next event's profile time.</summary>
    public double Next(SimRandom rng)
    {
        var expected = _target * U;
        var correction = expected > 200 ? Math.Clamp(_records / expected, 0.5, 2.0) : 1.0;
        U += RecordsPerEvent / _target * correction * rng.NextExp();
        return U;
    }
}
