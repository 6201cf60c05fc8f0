using BenchmarkDotNet.Attributes;
using NQStream.Operators;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// OFI per top-of-book update (windows of 10 s, ~40 updates per window): the full operator against the
/// bare e_n kernel over the same quotes (peer). Target: 0 B per event.
/// </summary>
[MemoryDiagnoser]
public class OfiBenchmark
{
    private const int N = 4096;
    private readonly Quote[] _quotes = new Quote[N];
    private readonly long[] _dt = new long[N];
    private Ofi _ofi = null!;
    private long _clock;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        long bid = 20_000_000_000_000, ask = bid + 250_000_000;
        for (var i = 0; i < N; i++)
        {
            var move = rng.Next(-1, 2) * 250_000_000L;
            bid += move;
            ask = Math.Max(ask + (rng.Next(-1, 2) * 250_000_000L), bid + 250_000_000);
            _quotes[i] = new Quote(bid, rng.Next(1, 50), ask, rng.Next(1, 50));
            _dt[i] = rng.Next(1, 500_000_000);
        }

        _ofi = new Ofi();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long ContributionKernel()
    {
        var sum = 0L;
        for (var i = 1; i < N; i++)
        {
            sum += Ofi.Contribution(_quotes[i - 1], _quotes[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public long Operator()
    {
        var sink = default(Sum);
        for (var i = 0; i < N; i++)
        {
            _clock += _dt[i];
            _ofi.OnQuote(_clock, _quotes[i], ref sink);
        }

        return sink.Total;
    }

    private struct Sum : IOperatorSink<OfiWindow>
    {
        public long Total;

        public void Emit(in OfiWindow item) => Total += item.Ofi + item.NTransitions;
    }
}
