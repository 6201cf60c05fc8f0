using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Benchmarks.Dbn;

/// <summary>
/// Decoding a 10-million-record MBO <c>.dbn.zst</c> file with our streaming reader (libzstd + record
/// walk), against <c>zstd -d -c FILE &gt; /dev/null</c> on the same file in the same run (the baseline).
/// Goal: our throughput ≥ 0.9× the zstd CLI's, i.e. ratio ≤ 1.11.
/// </summary>
[MemoryDiagnoser]
public class ZstdDecodeBenchmark
{
    private const int Records = 10_000_000;
    private string _file = "";

    [GlobalSetup]
    public void Setup() => _file = MboFileBuilder.ZstdFile(Records);

    [Benchmark(Baseline = true)]
    public int ZstdCli()
    {
        using var p = Process.Start(new ProcessStartInfo("bash", ["-c", $"zstd -q -d -c '{_file}' > /dev/null"]) { UseShellExecute = false })!;
        p.WaitForExit();
        return p.ExitCode == 0 ? 0 : throw new InvalidOperationException("zstd failed");
    }

    [Benchmark]
    public long NQStreamReader()
    {
        using var reader = DbnReader.Open(_file);
        long sum = 0;
        while (reader.TryRead(out var rec))
        {
            sum += rec.As<MboMsg>().Size;
        }

        return reader.RecordCount == Records ? sum : throw new InvalidOperationException("record count");
    }
}
