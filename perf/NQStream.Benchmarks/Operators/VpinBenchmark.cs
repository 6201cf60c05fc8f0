using BenchmarkDotNet.Attributes;
using NQStream.Operators;
using NQStream.Operators.Pressure;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// VPIN per signed trade (V = 1,000, n = 50, trades of 1–99 contracts): the operator against a bare
/// signed-volume sum over the same trades (peer). Target: 0 B per event.
/// </summary>
[MemoryDiagnoser]
public class VpinBenchmark
{
    private const int N = 4096;
    private readonly int[] _sign = new int[N];
    private readonly long[] _qty = new long[N];
    private Vpin _vpin = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        for (var i = 0; i < N; i++)
        {
            _sign[i] = rng.Next(2) == 0 ? -1 : 1;
            _qty[i] = rng.Next(1, 100);
        }

        _vpin = new Vpin(1_000);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long SignedVolumeSum()
    {
        var sum = 0L;
        for (var i = 0; i < N; i++)
        {
            sum += _sign[i] * _qty[i];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double Operator()
    {
        var sink = default(Last);
        for (var i = 0; i < N; i++)
        {
            _vpin.OnTrade(i, _sign[i], _qty[i], ref sink);
        }

        return sink.Value;
    }

    private struct Last : IOperatorSink<VpinBucket>
    {
        public double Value;

        public void Emit(in VpinBucket item) => Value = item.Vpin ?? item.Imbalance;
    }
}
