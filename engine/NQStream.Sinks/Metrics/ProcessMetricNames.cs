namespace NQStream.Sinks.Metrics;

/// <summary>Names of the process and host metrics served by <see cref="ProcessMetrics"/>.</summary>
public static class ProcessMetricNames
{
    /// <summary>The meter of the process instruments.</summary>
    public const string MeterName = "NQStream.Process";

    /// <summary>Counter: user + system CPU time of the process, seconds.</summary>
    public const string CpuSeconds = "process_cpu_seconds_total";

    /// <summary>Gauge: resident set size, bytes.</summary>
    public const string ResidentMemory = "process_resident_memory_bytes";

    /// <summary>Gauge: virtual memory size, bytes.</summary>
    public const string VirtualMemory = "process_virtual_memory_bytes";

    /// <summary>Gauge: process start time, Unix seconds.</summary>
    public const string StartTime = "process_start_time_seconds";

    /// <summary>Gauge: open file descriptors (Linux).</summary>
    public const string OpenFds = "process_open_fds";

    /// <summary>Gauge: operating-system threads of the process.</summary>
    public const string Threads = "process_threads";

    /// <summary>Counter: garbage collections by generation (label <c>generation</c>).</summary>
    public const string GcCollections = "dotnet_gc_collections_total";

    /// <summary>Gauge: managed heap size after the last collection, bytes.</summary>
    public const string GcHeapSize = "dotnet_gc_heap_size_bytes";

    /// <summary>Counter: bytes allocated on the managed heap.</summary>
    public const string GcAllocated = "dotnet_gc_allocated_bytes_total";

    /// <summary>Counter: time the runtime paused for garbage collection, seconds.</summary>
    public const string GcPauseSeconds = "dotnet_gc_pause_seconds_total";

    /// <summary>Gauge: thread-pool threads.</summary>
    public const string ThreadPoolThreads = "dotnet_threadpool_threads";

    /// <summary>Gauge: processors available to the process (denominator of CPU utilisation).</summary>
    public const string HostCpuCount = "nqstream_host_cpus";

    /// <summary>Gauge: memory available to the process (container limit or physical memory), bytes.</summary>
    public const string HostMemoryLimit = "nqstream_host_memory_limit_bytes";

    /// <summary>Gauge: free bytes on the volume holding the store (label <c>path</c>).</summary>
    public const string StoreVolumeFree = "nqstream_store_volume_free_bytes";

    /// <summary>Gauge: total bytes of the volume holding the store (label <c>path</c>).</summary>
    public const string StoreVolumeSize = "nqstream_store_volume_size_bytes";

    /// <summary>Every metric name above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CpuSeconds, ResidentMemory, VirtualMemory, StartTime, OpenFds, Threads, GcCollections, GcHeapSize,
        GcAllocated, GcPauseSeconds, ThreadPoolThreads, HostCpuCount, HostMemoryLimit, StoreVolumeFree,
        StoreVolumeSize,
    ];
}
