using FluentAssertions;
using NQStream.Market.Events;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>The detector allocates nothing per record once its state has grown to the working set (allocation, not time).</summary>
public sealed class IcebergAllocationTests
{
    private struct CountingSink : IOperatorSink<IcebergCandidate>
    {
        public int Active;
        public int Final;

        public void Emit(in IcebergCandidate item)
        {
            if (item.IsFinal)
            {
                Final++;
            }
            else
            {
                Active++;
            }
        }
    }

    [Fact]
    public void A_second_simulated_day_with_the_same_working_set_allocates_zero_bytes()
    {
        var day = SimulatedIcebergRun.MboDay(SimulatedIcebergRun.Options(seed: 1, days: 1, eventsPerDay: 300_000, marketMakersOnly: false));
        var detector = new IcebergDetector(new IcebergOptions());

        // Warm-up: the day once (dictionaries and pools grow, the JIT settles). The simulator cancels every order at
        // the close, so the second pass, one day later with the same order ids, needs no more room.
        var warm = default(CountingSink);
        Replay(detector, day, 0, ref warm);
        detector.Flush(ref warm);
        detector.TrackedOrders.Should().Be(0);

        var sink = default(CountingSink);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Replay(detector, day, 86_400_000_000_000, ref sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0, $"{day.Length} records after warm-up");
        sink.Active.Should().Be(warm.Active, "the same records give the same detections");
        sink.Active.Should().BeGreaterThan(5);
    }

    private static void Replay(IcebergDetector detector, MarketEvent[] day, ulong shift, ref CountingSink sink)
    {
        for (var i = 0; i < day.Length; i++)
        {
            var e = day[i];
            e.TsEvent += shift;
            detector.OnRecord(in e, ref sink);
        }
    }
}
