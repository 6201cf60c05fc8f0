using BenchmarkDotNet.Attributes;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;
using NQStream.Operators;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;

namespace NQStream.Benchmarks.Operators;

/// <summary>
/// Aggressor event builder per MBO record (docs/algorithms.md §2.4): events of 1–3 prints on 8 option instruments,
/// each print followed by its passive F and C records, F_LAST on the last C (≈ 3 records per print). Peer: a bare scan
/// over the same records summing the T sizes. Target: 0 B per record.
/// </summary>
[MemoryDiagnoser]
public class AggressorBuilderBenchmark
{
    private const int N = 4096;
    private readonly MarketEvent[] _records = new MarketEvent[N];
    private AggressorEventBuilder _builder = null!;
    private int _count;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var ts = 1_790_000_000_000_000_000UL;
        uint seq = 0;
        ulong orderId = 1;
        while (true)
        {
            var prints = rng.Next(1, 4);
            if (_count + (3 * prints) > N)
            {
                break;
            }

            ts += (ulong)rng.Next(1_000, 50_000_000);
            var instrument = (uint)rng.Next(1, 9);
            var side = rng.Next(2) == 0 ? (byte)'B' : (byte)'A';
            var px = rng.Next(20, 400) * 250_000_000L;
            for (var p = 0; p < prints; p++)
            {
                Add(ts, instrument, ++seq, 0, 'T', side, px + (p * 250_000_000L), (uint)rng.Next(1, 30), 0);
            }

            for (var p = 0; p < prints; p++)
            {
                Add(ts, instrument, ++seq, orderId + (ulong)p, 'F', side == 'B' ? (byte)'A' : (byte)'B', px + (p * 250_000_000L), 1, 0);
            }

            for (var p = 0; p < prints; p++)
            {
                Add(ts, instrument, ++seq, orderId + (ulong)p, 'C', side == 'B' ? (byte)'A' : (byte)'B', px + (p * 250_000_000L), 1, p == prints - 1 ? Flags.Last : (byte)0);
            }

            orderId += (ulong)prints;
        }

        _builder = new AggressorEventBuilder(new AggressorOptions());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long ScanKernel()
    {
        var sum = 0L;
        for (var i = 0; i < _count; i++)
        {
            if (_records[i].Action == (byte)'T')
            {
                sum += _records[i].Size;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double Builder()
    {
        var sink = default(Sum);
        var top = default(BookTop);
        for (var i = 0; i < _count; i++)
        {
            _builder.OnRecord(in _records[i], in top, ref sink);
        }

        return sink.Total;
    }

    private void Add(ulong ts, uint instrument, uint seq, ulong orderId, char action, byte side, long price, uint size, byte flags)
    {
        _records[_count++] = new MarketEvent
        {
            TsEvent = ts,
            TsRecv = ts + 5_000,
            OrderId = orderId,
            Price = price,
            Size = size,
            InstrumentId = instrument,
            Sequence = seq,
            PublisherId = 1,
            Kind = EventKind.Mbo,
            Flags = flags,
            Action = (byte)action,
            Side = side,
        };
    }

    private struct Sum : IOperatorSink<AggressorEvent>
    {
        public double Total;

        public void Emit(in AggressorEvent item) => Total += item.PremiumUsd + item.Levels;
    }
}
