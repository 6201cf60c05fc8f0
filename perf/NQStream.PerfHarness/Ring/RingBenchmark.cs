using System.Globalization;

namespace NQStream.PerfHarness.Ring;

/// <summary>
/// Runs every implementation on every topology, interleaved (run 1 of each, then run 2 of each, with the
/// order rotated per run), after one warm-up pass per .NET implementation. Every run's checksum is
/// verified; a mismatch aborts with <see cref="ChecksumMismatchException"/>.
/// </summary>
public static class RingBenchmark
{
    /// <summary>Events of the warm-up pass (capped at the run size).</summary>
    public const long WarmupEvents = 5_000_000;

    /// <summary>Name of our implementation in reports.</summary>
    public const string Ours = "nqstream-ring";

    /// <summary>Name of the LMAX peer in reports.</summary>
    public const string Lmax = "lmax-disruptor-3.4.4";

    /// <summary>Name of the bounded-channel peer in reports.</summary>
    public const string Channel = "channel-bounded";

    /// <summary>Every candidate, in report order.</summary>
    public static IReadOnlyList<IRingCandidate> AllCandidates() =>
        [new NQStreamRingCandidate(), new LmaxDisruptorCandidate(), new ChannelCandidate(), new DataflowCandidate(), new RxSubjectCandidate()];

    /// <summary>Runs the benchmark, writing one line per run and a summary to <paramref name="output"/>.</summary>
    public static RingReport Run(RingBenchmarkOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var report = new RingReport(options);
        var candidates = new List<IRingCandidate>();
        foreach (var candidate in AllCandidates())
        {
            if (options.Implementations is { } only && !only.Contains(candidate.Name, StringComparer.Ordinal))
            {
                continue;
            }

            report.Implementations.Add(candidate.Name);
            if (candidate.Unavailable is { } reason)
            {
                report.Skipped[candidate.Name] = reason;
                output.WriteLine($"{candidate.Name}: skipped ({reason})");
                continue;
            }

            candidates.Add(candidate);
            report.Results[candidate.Name] = new Dictionary<string, List<RunResult>>(StringComparer.Ordinal);
        }

        foreach (var topology in options.Topologies)
        {
            var name = Topologies.NameOf(topology);
            var expected = Topologies.ExpectedChecksum(topology, options.Events);
            foreach (var candidate in candidates)
            {
                report.Results[candidate.Name][name] = [];
                if (candidate is not LmaxDisruptorCandidate)
                {
                    var warmup = Math.Min(options.Events, WarmupEvents);
                    Verify(candidate, name, 0, candidate.Run(topology, warmup, options.Wait), Topologies.ExpectedChecksum(topology, warmup));
                }
            }

            for (var run = 1; run <= options.Runs; run++)
            {
                for (var k = 0; k < candidates.Count; k++)
                {
                    var candidate = candidates[(k + run - 1) % candidates.Count];
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var result = candidate.Run(topology, options.Events, options.Wait);
                    Verify(candidate, name, run, result, expected);
                    report.Results[candidate.Name][name].Add(result);
                    output.WriteLine(FormatRun(run, options.Runs, name, candidate.Name, result));
                }
            }
        }

        WriteSummary(report, output);
        return report;
    }

    private static void Verify(IRingCandidate candidate, string topology, int run, RunResult result, long expected)
    {
        if (result.Checksum != expected)
        {
            throw new ChecksumMismatchException(string.Create(
                CultureInfo.InvariantCulture,
                $"checksum mismatch: {candidate.Name} {topology} run {run}: consumers produced {result.Checksum}, expected {expected}"));
        }
    }

    private static string FormatRun(int run, int runs, string topology, string name, RunResult r)
    {
        var alloc = r.AllocatedBytes < 0 ? "alloc n/a (JVM)" : $"alloc {r.AllocatedBytes} B ({(double)r.AllocatedBytes / r.Events:F3} B/event)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"run {run}/{runs} {topology,-16} {name,-22} {r.Mops,9:F2} Mops/s  {r.Seconds,8:F3} s  {alloc}  gen0 {r.Gen0}  checksum ok");
    }

    private static void WriteSummary(RingReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("median Mops/s");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"topology",-16} {string.Join(" ", report.Implementations.Select(i => $"{i,22}"))}"));
        foreach (var topology in report.Options.Topologies.Select(Topologies.NameOf))
        {
            var cells = report.Implementations.Select(i => report.Median(i, topology) is { } m
                ? string.Create(CultureInfo.InvariantCulture, $"{m,22:F2}")
                : $"{"-",22}");
            output.WriteLine($"{topology,-16} {string.Join(" ", cells)}");
        }

        foreach (var topology in report.Options.Topologies.Select(Topologies.NameOf))
        {
            var ours = report.Median(Ours, topology);
            if (ours is null)
            {
                continue;
            }

            var parts = new List<string>();
            foreach (var peer in new[] { Lmax, Channel })
            {
                if (report.Median(peer, topology) is { } p)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{ours.Value / p:F2}x {peer}"));
                }
            }

            if (parts.Count > 0)
            {
                output.WriteLine($"ratio {topology}: {Ours} = {string.Join(", ", parts)}");
            }
        }
    }
}
