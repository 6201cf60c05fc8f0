using System.Diagnostics;
using System.Globalization;

namespace NQStream.PerfHarness.Java;

/// <summary>
/// Finds the JDK and the Debian LMAX Disruptor jar, and compiles perf/java/RingPerf.java into
/// perf/java/build (ignored by git) when the class file is missing or older than the source.
/// </summary>
public sealed class JavaPeer
{
    /// <summary>Where Debian's libdisruptor-java installs the jar (override with NQSTREAM_DISRUPTOR_JAR).</summary>
    public const string DefaultJar = "/usr/share/java/disruptor.jar";

    private JavaPeer(string java, string javac, string jar, string sourceDir)
    {
        Java = java;
        Javac = javac;
        Jar = jar;
        SourceDir = sourceDir;
        BuildDir = Path.Combine(sourceDir, "build");
    }

    /// <summary>The java launcher.</summary>
    public string Java { get; }

    /// <summary>The javac compiler.</summary>
    public string Javac { get; }

    /// <summary>The Disruptor jar.</summary>
    public string Jar { get; }

    /// <summary>perf/java.</summary>
    public string SourceDir { get; }

    /// <summary>perf/java/build.</summary>
    public string BuildDir { get; }

    /// <summary>Locates everything; returns null with the reason when something is missing.</summary>
    public static JavaPeer? Locate(out string? reason)
    {
        var javac = FindOnPath("javac");
        var java = FindOnPath("java");
        var jar = Environment.GetEnvironmentVariable("NQSTREAM_DISRUPTOR_JAR") is { Length: > 0 } j ? j : DefaultJar;
        var source = FindSourceDir();
        reason = javac is null ? "javac not found on PATH (install default-jdk-headless)"
            : java is null ? "java not found on PATH"
            : !File.Exists(jar) ? $"{jar} not found (apt-get install libdisruptor-java)"
            : source is null ? "perf/java/RingPerf.java not found above the working directory or the binary"
            : null;
        return reason is null ? new JavaPeer(java!, javac!, jar, source!) : null;
    }

    /// <summary>Compiles the harness if needed; throws with javac's output on failure.</summary>
    public void EnsureCompiled()
    {
        var source = Path.Combine(SourceDir, "RingPerf.java");
        var compiled = Path.Combine(BuildDir, "RingPerf.class");
        if (File.Exists(compiled) && File.GetLastWriteTimeUtc(compiled) >= File.GetLastWriteTimeUtc(source))
        {
            return;
        }

        Directory.CreateDirectory(BuildDir);
        var (exit, output) = Run(Javac, ["-d", BuildDir, "-cp", Jar, source], TimeSpan.FromMinutes(2));
        if (exit != 0)
        {
            throw new InvalidOperationException($"javac failed on {source} (exit {exit}): {output.Trim()}");
        }
    }

    /// <summary>Runs one topology in a fresh JVM (with its own warm-up pass); returns the RESULT line's fields.</summary>
    public (long Events, double Seconds, long Checksum) RunRing(string topology, long events, string wait, long warmupEvents)
    {
        string[] args =
        [
            "-Xms512m", "-cp", BuildDir + Path.PathSeparator + Jar, "RingPerf",
            topology, events.ToString(CultureInfo.InvariantCulture), wait, warmupEvents.ToString(CultureInfo.InvariantCulture),
        ];
        var (exit, output) = Run(Java, args, TimeSpan.FromMinutes(10));
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (exit != 0 || line is null)
        {
            throw new InvalidOperationException($"java RingPerf {topology} failed (exit {exit}): {output.Trim()}");
        }

        var fields = line[7..].Split(' ').Select(f => f.Split('=')).ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        return (
            long.Parse(fields["events"], CultureInfo.InvariantCulture),
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            long.Parse(fields["checksum"], CultureInfo.InvariantCulture));
    }

    private static (int Exit, string Output) Run(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindSourceDir()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "perf", "java");
                if (File.Exists(Path.Combine(candidate, "RingPerf.java")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
