using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>The MBO read path allocates nothing per record, plain or zstd (allocation counts, not timings).</summary>
public sealed class AllocationTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("dbn-alloc");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("mbo.dbn")]
    [InlineData("mbo.dbn.zst")]
    public void Reading_mbo_records_allocates_nothing_per_record(string name)
    {
        const int records = 400_000;
        const int warmUp = 100_000; // several buffer refills, so one-time lazy initialisation is behind us
        var path = Path.Combine(_dir, name);
        using (var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 }))
        {
            var m = new MboMsg { Action = (byte)'A', Side = (byte)'B', Flags = Flags.Last };
            m.Hd.RType = RType.Mbo;
            for (var i = 0; i < records; i++)
            {
                m.OrderId = (ulong)i;
                m.Price = 21_000_000_000_000 + (i % 100 * 250_000_000L);
                m.Size = (uint)(i % 7) + 1;
                w.Write(in m);
            }
        }

        using var reader = DbnReader.Open(path);
        long sum = 0;

        // Warm-up in two steps with a pause between them: the runtime's tiered JIT starts counting calls only after
        // 100 ms without new tier-0 code and then promotes hot methods; its bookkeeping on this thread (a few KB, once)
        // is not the reader's. The loop itself never tiers (AggressiveOptimization), so what is counted below is the
        // reader's work alone.
        sum += Read(reader, warmUp / 2);
        Thread.Sleep(250);
        sum += Read(reader, warmUp / 2);

        var before = GC.GetAllocatedBytesForCurrentThread();
        sum += Read(reader, long.MaxValue);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        reader.RecordCount.Should().Be(records);
        sum.Should().BeGreaterThan(records);
        allocated.Should().Be(0, $"{records - warmUp} records read after warm-up");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static long Read(DbnReader reader, long max)
    {
        long sum = 0;
        for (long i = 0; i < max && reader.TryRead(out var rec); i++)
        {
            sum += rec.As<MboMsg>().Size;
        }

        return sum;
    }
}
