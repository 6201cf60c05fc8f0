using System.Diagnostics;

namespace NQStream.Cli.Perf;

/// <summary>
/// One measured run of a harness stage: wall seconds, process CPU seconds (on a shared machine the CPU time of a
/// single-threaded stage is the steadier figure: it does not grow while the thread waits for a core), bytes allocated
/// on the measuring thread and gen-0 collections.
/// </summary>
internal readonly record struct StageTiming(double WallSeconds, double CpuSeconds, long AllocatedBytes, int Gen0)
{
    /// <summary>Runs <paramref name="body"/> once and measures it.</summary>
    public static StageTiming Measure(Action body)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        body();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new StageTiming(
            wall,
            (process.TotalProcessorTime - cpu0).TotalSeconds,
            GC.GetAllocatedBytesForCurrentThread() - alloc0,
            GC.CollectionCount(0) - gen0);
    }
}
