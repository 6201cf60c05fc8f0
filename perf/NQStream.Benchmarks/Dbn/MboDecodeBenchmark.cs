using BenchmarkDotNet.Attributes;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Benchmarks.Dbn;

/// <summary>
/// MBO decode of a plain in-memory DBN v3 buffer: header walk, length/type checks and a typed overlay
/// per record, summing fields so nothing is optimised away. Goal: ≥ 100 M records/s, 0 B per record.
/// </summary>
[MemoryDiagnoser]
public class MboDecodeBenchmark
{
    private const int Records = 5_000_000;
    private byte[] _buffer = [];

    [GlobalSetup]
    public void Setup() => _buffer = MboFileBuilder.InMemory(Records);

    [Benchmark(OperationsPerInvoke = Records)]
    public long DecodeMbo()
    {
        using var reader = DbnReader.FromBuffer(_buffer, _buffer.Length, "bench");
        long sum = 0;
        while (reader.TryRead(out var rec))
        {
            ref readonly var m = ref rec.As<MboMsg>();
            sum += m.Price + m.Size + (long)m.OrderId;
        }

        return sum;
    }
}
