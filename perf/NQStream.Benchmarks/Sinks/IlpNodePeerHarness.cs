using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// <c>dotnet run -c Release --project perf/NQStream.Benchmarks -- ilp-node-peer</c>: the ILP encode rate of
/// <see cref="NQStream.Sinks.Ilp.IlpRowWriter"/> against the official <c>@questdb/nodejs-client</c> 4.2.0
/// (tests/peers/node/ilp-encode-rate.js) on the benchmark's 10,000 <c>windows</c> rows, protocol 1 and 2, three
/// interleaved rounds. Both sides encode the whole batch into one buffer per pass and are timed by process CPU
/// time (the 2 shared cores make wall time noisy; wall is printed too). Fails when a round's bytes differ from
/// the Node client's: protocol 2 byte for byte; protocol 1 too except where both texts are the same double
/// (.NET writes <c>-0</c>, JavaScript <c>0</c>; docs/ops.md §1.4).
/// </summary>
public static class IlpNodePeerHarness
{
    private const int Passes = 200;

    public static int Run()
    {
        string root = RepoRoot();
        string peerDir = Path.Combine(root, "tests", "peers", "node");
        if (!Directory.Exists(Path.Combine(peerDir, "node_modules", "@questdb", "nodejs-client")))
        {
            Console.Error.WriteLine($"ilp-node-peer: {peerDir}/node_modules missing (run .ci/install or npm ci there)");
            return 2;
        }

        var bench = new IlpEncodeBenchmark();
        bench.Setup();
        string rowsFile = Path.Combine(Path.GetTempPath(), $"nqstream-ilp-rows-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(rowsFile, bench.BenchmarkRows.Select(ToJson), new UTF8Encoding(false));
        try
        {
            byte[][] ours = [bench.IlpV1Bytes(), bench.IlpV2Bytes()];
            Func<int>[] encode = [bench.IlpRowWriterSinkRows, bench.IlpRowWriterSinkRowsV2];
            int rows = bench.BenchmarkRows.Count;
            for (int round = 1; round <= 3; round++)
            {
                var node = RunNode(peerDir, rowsFile);
                for (int v = 0; v < 2; v++)
                {
                    var peer = node[v];
                    byte[] theirs = File.ReadAllBytes($"{rowsFile}.v{v + 1}.bin");
                    if (!(v == 0 ? SameV1Text(ours[v], theirs) : ours[v].AsSpan().SequenceEqual(theirs)))
                    {
                        throw new InvalidOperationException($"checksum failed: protocol {v + 1} bytes differ from the Node client's");
                    }

                    var (cpuNs, wallNs, bytesPerRow) = Measure(encode[v], rows);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"ilp-node-peer run {round} v{v + 1}  node-client {peer.CpuNs,7:F1} ns/row cpu ({1e3 / peer.CpuNs,5:F2} M rows/cpu-s, wall {peer.WallNs,7:F1})  nqstream {cpuNs,6:F1} ns/row cpu ({1e3 / cpuNs,5:F2} M rows/cpu-s, wall {wallNs,6:F1}, {bytesPerRow:F1} B/row)  ratio {cpuNs / peer.CpuNs:F3}  output equal"));
                }
            }
        }
        finally
        {
            foreach (string f in new[] { rowsFile, rowsFile + ".v1.bin", rowsFile + ".v2.bin" })
            {
                File.Delete(f);
            }
        }

        return 0;
    }

    private static (double CpuNs, double WallNs, double BytesPerRow) Measure(Func<int> encode, int rows)
    {
        for (int i = 0; i < 20; i++)
        {
            encode();
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < Passes; i++)
        {
            encode();
        }

        wall.Stop();
        double cpuNs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1e6;
        double n = (double)rows * Passes;
        return (cpuNs / n, wall.Elapsed.TotalMilliseconds * 1e6 / n, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / n);
    }

    private static (double CpuNs, double WallNs)[] RunNode(string peerDir, string rowsFile)
    {
        var psi = new ProcessStartInfo("node") { WorkingDirectory = peerDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(peerDir, "ilp-encode-rate.js"));
        psi.ArgumentList.Add(rowsFile);
        psi.ArgumentList.Add(Passes.ToString(CultureInfo.InvariantCulture));
        using var node = Process.Start(psi)!;
        var stderr = node.StandardError.ReadToEndAsync();
        string[] lines = node.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        node.WaitForExit();
        if (node.ExitCode != 0 || lines.Length != 2)
        {
            throw new InvalidOperationException($"node ilp-encode-rate.js failed ({node.ExitCode}): {stderr.Result}");
        }

        return Array.ConvertAll(lines, ParseNodeLine);
    }

    private static (double CpuNs, double WallNs) ParseNodeLine(string line)
    {
        // v1 rows=10000 passes=200 cpu_ns_per_row=812.3 wall_ns_per_row=790.1
        var fields = line.Split(' ').Skip(1).Select(f => f.Split('=')).ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        return (double.Parse(fields["cpu_ns_per_row"], CultureInfo.InvariantCulture), double.Parse(fields["wall_ns_per_row"], CultureInfo.InvariantCulture));
    }

    /// <summary>Equal lines, or lines whose differing <c>name=value</c> tokens hold the same double.</summary>
    private static bool SameV1Text(byte[] ours, byte[] theirs)
    {
        string[] a = Encoding.UTF8.GetString(ours).Split('\n'), b = Encoding.UTF8.GetString(theirs).Split('\n');
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            string[] ta = a[i].Split(',', ' '), tb = b[i].Split(',', ' ');
            if (ta.Length != tb.Length)
            {
                return false;
            }

            for (int j = 0; j < ta.Length; j++)
            {
                if (ta[j] != tb[j] && !SameDouble(ta[j], tb[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool SameDouble(string a, string b)
    {
        int ea = a.IndexOf('=', StringComparison.Ordinal), eb = b.IndexOf('=', StringComparison.Ordinal);
        return ea > 0 && a[..ea] == b[..eb]
            && double.TryParse(a[(ea + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
            && double.TryParse(b[(eb + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double y)
            && x.Equals(y);
    }

    private static string ToJson(NQStream.Sinks.Rows.WindowRow r)
    {
        var ci = CultureInfo.InvariantCulture;
        return string.Create(ci,
            $"{{\"ts\":\"{r.Ts}\",\"raw_symbol\":\"{r.RawSymbol}\",\"window_len\":\"{r.Window}\",\"instrument_id\":\"{r.InstrumentId}\",\"pressure\":\"{r.Pressure:R}\",\"ofi\":\"{r.Ofi:R}\",\"volume\":\"{r.Volume}\",\"buy_volume\":\"{r.BuyVolume}\",\"sell_volume\":\"{r.SellVolume}\",\"volume_ratio\":\"{r.VolumeRatio:R}\",\"z\":\"{r.Z:R}\"}}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NQStream.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NQStream.sln) not found above " + AppContext.BaseDirectory);
    }
}
