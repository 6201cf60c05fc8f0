using FluentAssertions;
using NQStream.Feeds.Replay;
using NQStream.Feeds.Simulation;
using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>
/// The <c>OnRecord(slot, …)</c> overloads the pipeline calls with a slot it keeps per instrument must behave exactly
/// like the looking-up <c>OnRecord(…)</c>: same outputs, same counters, on a simulated day with icebergs and sweeps.
/// </summary>
public sealed class SlotOverloadTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nq-slot-overloads-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<MarketEvent> Day()
    {
        new Simulator(SimulatedIcebergRun.Options(seed: 4, days: 1, eventsPerDay: 150_000, marketMakersOnly: false)).Run(_dir);
        var day = Directory.GetDirectories(_dir).Single();
        var events = new List<MarketEvent>();
        using var source = new DbnReplaySource([Path.Combine(day, "mbo.dbn.zst")]);
        while (source.TryNext(out var e))
        {
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public void Slot_overloads_emit_what_the_lookup_overloads_emit()
    {
        var events = Day();
        var byId = new IcebergDetector(new IcebergOptions());
        var bySlot = new IcebergDetector(new IcebergOptions());
        var builderById = new AggressorEventBuilder(new AggressorOptions());
        var builderBySlot = new AggressorEventBuilder(new AggressorOptions());
        var books = new BookSet();
        List<IcebergCandidate> icebergsById = [], icebergsBySlot = [];
        var s1 = new ListSink(icebergsById);
        var s2 = new ListSink(icebergsBySlot);
        var a1 = new CollectingSink<AggressorEvent>();
        var a2 = new CollectingSink<AggressorEvent>();
        foreach (var e in events)
        {
            var top = books.Find(e.InstrumentId, e.PublisherId)?.Top ?? default;
            byId.OnRecord(in e, ref s1);
            builderById.OnRecord(in e, in top, ref a1);
            if (e.Kind == EventKind.Mbo)
            {
                bySlot.OnRecord(bySlot.SlotOf(e.InstrumentId), in e, ref s2);
                builderBySlot.OnRecord(builderBySlot.SlotOf(e.InstrumentId), in e, in top, ref a2);
            }

            books.Apply(in e);
        }

        byId.Flush(ref s1);
        bySlot.Flush(ref s2);
        builderById.Flush(ref a1);
        builderBySlot.Flush(ref a2);

        icebergsById.Should().NotBeEmpty("the simulated day injects icebergs");
        icebergsBySlot.Should().Equal(icebergsById);
        (bySlot.NativeConfirmed, bySlot.SyntheticConfirmed, bySlot.Ended, bySlot.TrackedOrders, bySlot.UnknownOrderRecords)
            .Should().Be((byId.NativeConfirmed, byId.SyntheticConfirmed, byId.Ended, byId.TrackedOrders, byId.UnknownOrderRecords));
        a1.Items.Should().HaveCountGreaterThan(100);
        a2.Items.Should().Equal(a1.Items);
        (builderBySlot.Events, builderBySlot.MissingFLast, builderBySlot.MixedSideSplits).Should().Be((builderById.Events, builderById.MissingFLast, builderById.MixedSideSplits));
    }
}
