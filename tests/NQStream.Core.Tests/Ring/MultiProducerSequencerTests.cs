using FluentAssertions;
using NQStream.Core.Ring;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Ring;

public class MultiProducerSequencerTests
{
    [Fact]
    public void Consumers_only_see_slots_up_to_the_first_unpublished_one()
    {
        var sequencer = new MultiProducerSequencer(8, new BusySpinWaitStrategy());
        var a = sequencer.Next();
        var b = sequencer.Next();
        var c = sequencer.Next();
        sequencer.Publish(c);
        sequencer.Publish(a);
        sequencer.GetHighestPublishedSequence(0, 2).Should().Be(0);
        sequencer.IsAvailable(b).Should().BeFalse();
        sequencer.Publish(b);
        sequencer.GetHighestPublishedSequence(0, 2).Should().Be(2);
    }

    [Fact]
    public void Availability_flags_distinguish_laps_of_the_ring()
    {
        var sequencer = new MultiProducerSequencer(4, new BusySpinWaitStrategy());
        for (var i = 0; i < 4; i++)
        {
            sequencer.Publish(sequencer.Next());
        }

        sequencer.IsAvailable(3).Should().BeTrue();
        sequencer.IsAvailable(7).Should().BeFalse("slot 3 holds the first lap, not the second");
    }

    [Fact]
    public void Three_producers_under_stress_deliver_every_event_once_in_per_producer_order()
    {
        const int producers = 3;
        const long perProducer = 200_000;
        var ring = new ValueRingBuffer<TestEvent>(1024, ProducerType.Multi, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, PerSourceOrderHandler>(
            "check", ring, ring.NewBarrier(), new PerSourceOrderHandler(producers), new OperatorFaultLog<TestEvent>());
        ring.AddGatingSequences(processor.Sequence);
        var consumer = Wait.Start(processor);

        var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
        {
            for (long i = 0; i < perProducer; i++)
            {
                var s = ring.Next();
                ref var e = ref ring[s];
                e.Source = p;
                e.Value = i;
                ring.Publish(s);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Wait.Until(() => processor.Sequence.Value == (producers * perProducer) - 1, "consumer to drain");
        processor.Halt();
        consumer.Join();
        ref var h = ref processor.Handler;
        h.OutOfOrder.Should().Be(0);
        h.Count.Should().Be(producers * perProducer);
        h.Sum.Should().Be(producers * Expected.SumTo(perProducer));
        h.LastPerSource.Should().AllBeEquivalentTo(perProducer - 1);
    }

    private struct PerSourceOrderHandler : IValueEventHandler<TestEvent>
    {
        public PerSourceOrderHandler(int sources)
        {
            LastPerSource = new long[sources];
            Array.Fill(LastPerSource, -1);
        }

        public long[] LastPerSource { get; }

        public long Sum;
        public long Count;
        public long OutOfOrder;

        public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
        {
            if (evt.Value != LastPerSource[evt.Source] + 1)
            {
                OutOfOrder++;
            }

            LastPerSource[evt.Source] = evt.Value;
            Sum += evt.Value;
            Count++;
        }
    }
}
