using System.Runtime.InteropServices;

namespace NQStream.Core.Graph;

/// <summary>
/// Pins the calling thread to one CPU (Linux <c>sched_setaffinity</c> on the thread itself). Latency-sensitive
/// threads — a graph's operator, a feed's producer — stop migrating between cores, so their caches stay warm
/// and the scheduler moves other work to the remaining cores instead. Other systems: not supported (false).
/// </summary>
public static partial class CpuAffinity
{
    /// <summary>Pins the calling thread to <paramref name="cpu"/>.</summary>
    /// <param name="cpu">CPU number (0 … 63, below <see cref="Environment.ProcessorCount"/>).</param>
    /// <returns>True when pinned; false on a system without thread affinity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such CPU.</exception>
    /// <exception cref="InvalidOperationException">The kernel refused (errno named).</exception>
    public static bool PinCurrentThread(int cpu)
    {
        if (cpu < 0 || cpu >= Math.Min(64, Environment.ProcessorCount))
        {
            throw new ArgumentOutOfRangeException(nameof(cpu), cpu, $"expected a CPU in 0..{Math.Min(64, Environment.ProcessorCount) - 1}");
        }

        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var mask = 1UL << cpu;
        if (SchedSetAffinity(0, sizeof(ulong), ref mask) != 0)
        {
            throw new InvalidOperationException($"sched_setaffinity(cpu {cpu}) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return true;
    }

    /// <summary>Lets the calling thread run on every CPU again.</summary>
    /// <returns>True when done; false on a system without thread affinity.</returns>
    public static bool Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var mask = Environment.ProcessorCount >= 64 ? ulong.MaxValue : (1UL << Environment.ProcessorCount) - 1;
        return SchedSetAffinity(0, sizeof(ulong), ref mask) == 0;
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nuint cpuSetSize, ref ulong mask);
}
