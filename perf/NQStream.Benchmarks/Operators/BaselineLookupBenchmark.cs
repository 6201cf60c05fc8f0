using BenchmarkDotNet.Attributes;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// §5.4 volume ratio per option trade: the full operator (session bucket, per-instrument bucket state, baseline
/// lookup, ratio/z/class) against the bare kernel (baseline lookup + <see cref="RatioMath.Evaluate"/>) over the
/// same 4,096 trades in 64 instruments and 32 cells, 20 history days. Target: 0 B per trade.
/// </summary>
[MemoryDiagnoser]
public class BaselineLookupBenchmark
{
    private const int N = 4096;
    private readonly BaselineCell[] _cells = new BaselineCell[N];
    private readonly uint[] _ids = new uint[N];
    private readonly uint[] _size = new uint[N];
    private readonly long[] _ts = new long[N];
    private readonly BaselineOptions _options = new();
    private VolumeBaseline _baseline = null!;
    private VolumeRatio _ratio = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        var days = new List<BaselineDay>();
        var date = new DateOnly(2026, 10, 1);
        while (days.Count < 20)
        {
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                var day = new BaselineDay(date, BaselineDay.AllBuckets);
                for (var c = 0; c < BaselineCell.Count; c++)
                {
                    var n = rng.Next(0, 5);
                    day.Set(c, n == 0 ? 0 : n + rng.Next(0, 200), n);
                }

                days.Add(day);
            }

            date = date.AddDays(1);
        }

        var history = new BaselineHistory(days);
        var today = new DateOnly(2026, 11, 2);
        _baseline = VolumeBaseline.Compute(history, today, _options);
        _ratio = new VolumeRatio(history, _options);
        var open = TradingSession.OpenNs(today) + (31 * TradingSession.BucketNs);
        for (var i = 0; i < N; i++)
        {
            BaselineCell.TryCreate(ExpiryClass.Weekly, rng.Next(0, 10), rng.NextDouble(), rng.Next(2) == 1, 31, out _cells[i]);
            _ids[i] = (uint)rng.Next(1000, 1064);
            _size[i] = (uint)rng.Next(1, 50);
            _ts[i] = open + (i * 100_000_000L);
        }

        _ratio.OnTrade(_ts[0], _ids[0], 1, _cells[0], out _);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public double LookupAndRatioKernel()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            var r = RatioMath.Evaluate(_cells[i], _size[i], in _baseline.Get(_cells[i].Index), _options);
            sum += r.Ratio ?? 0.0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double Operator()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            if (_ratio.OnTrade(_ts[i], _ids[i], _size[i], _cells[i], out var r))
            {
                sum += r.Ratio ?? 0.0;
            }
        }

        return sum;
    }
}
