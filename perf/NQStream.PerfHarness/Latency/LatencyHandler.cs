using System.Diagnostics;
using NQStream.Core.Metrics;
using NQStream.Core.Ring;

namespace NQStream.PerfHarness.Latency;

/// <summary>Records, per event after the warm-up, publish→consume (hop) and schedule→consume latency in ns.</summary>
public struct LatencyHandler : IValueEventHandler<LatencyEvent>
{
    private static readonly double NanosPerTick = 1e9 / Stopwatch.Frequency;
    private readonly long _recordFrom;

    /// <summary>Creates the handler; events with <see cref="LatencyEvent.Value"/> below <paramref name="recordFrom"/> are warm-up.</summary>
    public LatencyHandler(long recordFrom)
    {
        _recordFrom = recordFrom;
        Hop = new LogLinearHistogram();
        FromSchedule = new LogLinearHistogram();
    }

    /// <summary>Publish → consume latency, ns.</summary>
    public LogLinearHistogram Hop { get; }

    /// <summary>Scheduled send time → consume latency, ns (includes any delay of the pacer: coordinated omission visible).</summary>
    public LogLinearHistogram FromSchedule { get; }

    /// <summary>Sum of the values seen (checksum).</summary>
    public long Sum;

    /// <inheritdoc />
    public void OnEvent(ref LatencyEvent evt, long sequence, bool endOfBatch)
    {
        var now = Stopwatch.GetTimestamp();
        Sum += evt.Value;
        if (evt.Value >= _recordFrom)
        {
            Hop.Record((long)((now - evt.PublishTicks) * NanosPerTick));
            FromSchedule.Record((long)((now - evt.ScheduledTicks) * NanosPerTick));
        }
    }
}
