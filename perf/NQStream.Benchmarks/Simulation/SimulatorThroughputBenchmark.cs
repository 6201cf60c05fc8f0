using BenchmarkDotNet.Attributes;
using NQStream.Feeds.Simulation;
using NQStream.Market.Dbn;

namespace NQStream.Benchmarks.Simulation;

/// <summary>
/// Events/s of the simulator writing one trade date to zstd DBN, against the ceiling: DbnWriter writing the
/// same day's MBO records, pre-generated in memory, to a zstd file (same level). One operation = one day.
/// </summary>
[MemoryDiagnoser]
public class SimulatorThroughputBenchmark
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nqsim-bench");
    private byte[] _records = [];
    private DbnMetadata _metadata = new();

    [Params(2_000_000)]
    public long Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Simulate();
        var mbo = Path.Combine(_dir, "2026-11-02", "mbo.dbn.zst");
        using var reader = DbnReader.Open(mbo);
        _metadata = reader.Metadata!;
        using var ms = new MemoryStream();
        while (reader.TryRead(out var rec))
        {
            ms.Write(rec.Bytes);
        }

        _records = ms.ToArray();
    }

    [Benchmark(Baseline = true, Description = "DbnWriter ceiling: pre-generated MBO records -> zstd")]
    public long WritePregenerated()
    {
        using var writer = DbnWriter.Create(Path.Combine(_dir, "ceiling.dbn.zst"), _metadata, 1);
        const int chunk = 56 * 18_724; // whole MBO records, ~1 MiB (the simulator's block size)
        for (var at = 0; at < _records.Length; at += chunk)
        {
            writer.WriteRecords(_records.AsSpan(at, Math.Min(chunk, _records.Length - at)));
        }

        return writer.RecordCount;
    }

    [Benchmark(Description = "simulate one day -> zstd DBN (definitions, statistics, MBO)")]
    public long Simulate() =>
        new Simulator(new SimulationOptions { Seed = 1, Days = 1, EventsPerDay = Events, SweepsPerDay = 30 }).Run(_dir).MboRecords;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);
}
