namespace NQStream.PerfHarness.Latency;

/// <summary>The event of the latency run: a value and the producer's timestamps.</summary>
public struct LatencyEvent
{
    /// <summary>The sequence number of the event in the run (checksum input).</summary>
    public long Value;

    /// <summary>When the pacer scheduled the event (Stopwatch ticks).</summary>
    public long ScheduledTicks;

    /// <summary>When the producer claimed the slot (Stopwatch ticks).</summary>
    public long PublishTicks;
}
