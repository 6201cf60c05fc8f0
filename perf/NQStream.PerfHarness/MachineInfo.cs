using System.Globalization;
using System.Runtime.InteropServices;

namespace NQStream.PerfHarness;

/// <summary>A one-line description of the machine and runtime for reports.</summary>
public static class MachineInfo
{
    /// <summary>CPU model, core count, memory, OS, runtime and GC mode.</summary>
    public static string Describe()
    {
        var cpu = "unknown cpu";
        if (File.Exists("/proc/cpuinfo"))
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                cpu = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var gc = System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{cpu}, {Environment.ProcessorCount} cores, {memory:F0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {gc}");
    }
}
