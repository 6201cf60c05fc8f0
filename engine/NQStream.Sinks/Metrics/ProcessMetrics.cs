using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// Process and host instruments on the <see cref="ProcessMetricNames.MeterName"/> meter, all observable
/// (read at scrape time): CPU, memory, GC, threads, file descriptors and the free space of the volume
/// holding the store.
/// </summary>
public sealed class ProcessMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly string _storePath;

    /// <summary>Creates the instruments.</summary>
    /// <param name="storePath">A file or folder on the store's volume (need not exist yet).</param>
    /// <param name="meterName">Meter name; tests pass their own.</param>
    public ProcessMetrics(string storePath, string meterName = ProcessMetricNames.MeterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        _storePath = ExistingAncestor(Path.GetFullPath(storePath));
        _meter = new Meter(meterName);
        _meter.CreateObservableCounter(ProcessMetricNames.CpuSeconds, static () => Environment.CpuUsage.TotalTime.TotalSeconds, null, "Total user and system CPU time spent, seconds.");
        _meter.CreateObservableGauge(ProcessMetricNames.ResidentMemory, static () => Environment.WorkingSet, null, "Resident memory size, bytes.");
        _meter.CreateObservableGauge(ProcessMetricNames.VirtualMemory, () => Refreshed().VirtualMemorySize64, null, "Virtual memory size, bytes.");
        double start = new DateTimeOffset(_process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000.0;
        _meter.CreateObservableGauge(ProcessMetricNames.StartTime, () => start, null, "Start time of the process since the Unix epoch, seconds.");
        _meter.CreateObservableGauge(ProcessMetricNames.Threads, () => Refreshed().Threads.Count, null, "Operating-system threads of the process.");
        if (OperatingSystem.IsLinux())
        {
            _meter.CreateObservableGauge(ProcessMetricNames.OpenFds, static () => Directory.GetFileSystemEntries("/proc/self/fd").Length, null, "Open file descriptors.");
        }

        _meter.CreateObservableCounter(ProcessMetricNames.GcCollections, static () => GcCollections(), null, "Garbage collections by generation.");
        _meter.CreateObservableGauge(ProcessMetricNames.GcHeapSize, static () => GC.GetGCMemoryInfo().HeapSizeBytes, null, "Managed heap size after the last collection, bytes.");
        _meter.CreateObservableCounter(ProcessMetricNames.GcAllocated, static () => GC.GetTotalAllocatedBytes(), null, "Bytes allocated on the managed heap.");
        _meter.CreateObservableCounter(ProcessMetricNames.GcPauseSeconds, static () => GC.GetTotalPauseDuration().TotalSeconds, null, "Time paused for garbage collection, seconds.");
        _meter.CreateObservableGauge(ProcessMetricNames.ThreadPoolThreads, static () => ThreadPool.ThreadCount, null, "Thread-pool threads.");
        _meter.CreateObservableGauge(ProcessMetricNames.HostCpuCount, static () => Environment.ProcessorCount, null, "Processors available to the process.");
        _meter.CreateObservableGauge(ProcessMetricNames.HostMemoryLimit, static () => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, null, "Memory available to the process (container limit or physical memory), bytes.");
        _meter.CreateObservableGauge(ProcessMetricNames.StoreVolumeFree, () => Volume(static d => d.AvailableFreeSpace), null, "Free bytes on the volume holding the store.");
        _meter.CreateObservableGauge(ProcessMetricNames.StoreVolumeSize, () => Volume(static d => d.TotalSize), null, "Total bytes of the volume holding the store.");
    }

    /// <summary>The existing folder whose volume is reported.</summary>
    public string StoreVolumePath => _storePath;

    /// <inheritdoc />
    public void Dispose()
    {
        _meter.Dispose();
        _process.Dispose();
    }

    private static Measurement<long>[] GcCollections()
    {
        var result = new Measurement<long>[GC.MaxGeneration + 1];
        for (int gen = 0; gen <= GC.MaxGeneration; gen++)
        {
            result[gen] = new Measurement<long>(GC.CollectionCount(gen), new KeyValuePair<string, object?>("generation", "gen" + gen.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static string ExistingAncestor(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists)
            {
                return dir.FullName;
            }
        }

        return Path.GetPathRoot(path) ?? "/";
    }

    private Process Refreshed()
    {
        _process.Refresh();
        return _process;
    }

    private Measurement<long> Volume(Func<DriveInfo, long> read)
    {
        long value = read(new DriveInfo(_storePath));
        return new Measurement<long>(value, new KeyValuePair<string, object?>("path", _storePath));
    }
}
