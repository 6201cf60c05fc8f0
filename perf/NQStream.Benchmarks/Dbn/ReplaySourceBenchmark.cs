using BenchmarkDotNet.Attributes;
using NQStream.Feeds.Replay;
using NQStream.Feeds.Simulation;
using NQStream.Market.Compression;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;

namespace NQStream.Benchmarks.Dbn;

/// <summary>
/// The replay's feed thread on one simulated day (seed 7, ~2 M MBO records, its definitions and statistics files):
/// <see cref="DbnReplaySource"/> merging the three <c>.dbn.zst</c> files into <see cref="MarketEvent"/>s, against the
/// floor of the same run, libzstd alone decompressing the same files into a 1 MB buffer through
/// <see cref="ZstdDecompressStream"/> (baseline), and the record walk of <see cref="DbnReader"/> without the merge.
/// One operation is the whole day; per event = mean / <c>Events</c> (printed by the setup).
/// </summary>
[MemoryDiagnoser]
public class ReplaySourceBenchmark
{
    private const ulong Seed = 7;
    private const long EventsPerDay = 2_000_000;
    private readonly byte[] _out = new byte[1 << 20];
    private string[] _files = [];

    /// <summary>Events the source emits for the day (set by the setup).</summary>
    public long Events { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"nqstream-bench-replay-day-{Seed}-{EventsPerDay}");
        if (!Directory.Exists(dir))
        {
            var tmp = dir + ".tmp";
            if (Directory.Exists(tmp))
            {
                Directory.Delete(tmp, recursive: true);
            }

            new Simulator(new SimulationOptions { Seed = Seed, Days = 1, EventsPerDay = EventsPerDay }).Run(tmp);
            Directory.Move(tmp, dir);
        }

        var day = Directory.GetDirectories(dir).Order(StringComparer.Ordinal).First();
        _files = ["definitions.dbn.zst", "statistics.dbn.zst", "mbo.dbn.zst"];
        for (var i = 0; i < _files.Length; i++)
        {
            _files[i] = Path.Combine(day, _files[i]);
        }

        Events = 0;
        using var source = new DbnReplaySource(_files, new CountingSink());
        while (source.TryNext(out _))
        {
            Events++;
        }

        Console.WriteLine($"// ReplaySourceBenchmark: {Events} events in {day}");
    }

    [Benchmark(Baseline = true)]
    public long ZstdOnly()
    {
        long total = 0;
        foreach (var f in _files)
        {
            using var z = new ZstdDecompressStream(new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
            int n;
            while ((n = z.Read(_out, 0, _out.Length)) > 0)
            {
                total += n;
            }
        }

        return total;
    }

    [Benchmark]
    public long ReaderWalk()
    {
        long sum = 0;
        foreach (var f in _files)
        {
            using var reader = DbnReader.Open(f, DbnReaderOptions.Default with { AllowUnknownRTypes = true });
            while (reader.TryRead(out var rec))
            {
                sum += rec.Bytes.Length;
            }
        }

        return sum;
    }

    [Benchmark]
    public long ReplaySource()
    {
        long sum = 0;
        using var source = new DbnReplaySource(_files, new CountingSink());
        while (source.TryNext(out var ev))
        {
            sum += (long)ev.TsRecv + ev.Size;
        }

        return source.Counters.EventsEmitted == Events ? sum : throw new InvalidOperationException("event count");
    }

    private sealed class CountingSink : IDefinitionSink
    {
        private long _next;

        public long OnDefinition(in InstrumentDefMsg definition) => _next++;
    }
}
