using System.Diagnostics;

namespace NQStream.PerfHarness.Ring;

/// <summary>Wall time, allocated bytes and gen-0 collections of one run, from construction to <see cref="Stop"/>.</summary>
internal sealed class RunMeasure
{
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: false);
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly long _start = Stopwatch.GetTimestamp();

    public RunResult Stop(long events, long checksum = 0) => new(
        events,
        Stopwatch.GetElapsedTime(_start).TotalSeconds,
        checksum,
        GC.GetTotalAllocatedBytes(precise: false) - _allocated,
        GC.CollectionCount(0) - _gen0);
}
