using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NQStream.Market.Pricing;

namespace NQStream.Benchmarks.Pricing;

/// <summary>
/// Black-76 kernel cost per option: price + greeks, and the implied-volatility solve, each against the MathNet peer
/// (<see cref="MathNetBlack76"/>) in the same run. 16 options per invocation (NQ strikes ±10 %, 1 day … 90 days,
/// calls and puts) so the JIT cannot fold constants; results are per option.
/// Run: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*Black76Benchmark*' --job short
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Black76Benchmark
{
    private const int Count = 16;
    private const double Forward = 21_000.0;
    private const double Rate = 0.045;

    private readonly double[] _strikes = new double[Count];
    private readonly double[] _years = new double[Count];
    private readonly double[] _sigmas = new double[Count];
    private readonly double[] _prices = new double[Count];
    private readonly OptionType[] _types = new OptionType[Count];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Count; i++)
        {
            _strikes[i] = Forward * (0.9 + (0.2 * i / (Count - 1)));
            _years[i] = (1.0 + (89.0 * (i % 5) / 4)) / 365.0;
            _sigmas[i] = 0.12 + (0.02 * (i % 7));
            // Out-of-the-money side, as the IV policy prescribes (algorithms.md §3).
            _types[i] = _strikes[i] >= Forward ? OptionType.Call : OptionType.Put;
            _prices[i] = Black76.Price(Forward, _strikes[i], _years[i], Rate, _sigmas[i], _types[i]);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("price+greeks")]
    public double MathNetPriceGreeks()
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            var g = MathNetBlack76.Compute(Forward, _strikes[i], _years[i], Rate, _sigmas[i], _types[i]);
            sum += g.Price + g.Delta + g.Gamma + g.Vega + g.Theta;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("price+greeks")]
    public double NQStreamPriceGreeks()
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            var g = Black76.Compute(Forward, _strikes[i], _years[i], Rate, _sigmas[i], _types[i]);
            sum += g.Price + g.Delta + g.Gamma + g.Vega + g.Theta;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("implied vol")]
    public double MathNetBrentImpliedVol()
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            sum += MathNetBlack76.ImpliedVol(_prices[i], Forward, _strikes[i], _years[i], Rate, _types[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("implied vol")]
    public double NQStreamImpliedVol()
    {
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            sum += ImpliedVol.Solve(_prices[i], Forward, _strikes[i], _years[i], Rate, _types[i]).Volatility ?? double.NaN;
        }

        return sum;
    }
}
