using FluentAssertions;
using NQStream.Core.Ring;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Ring;

public class SingleProducerSequencerTests
{
    [Fact]
    public void Claims_are_consecutive_and_publish_moves_the_cursor()
    {
        var sequencer = new SingleProducerSequencer(8, new BusySpinWaitStrategy());
        sequencer.Next().Should().Be(0);
        sequencer.Cursor.Should().Be(-1);
        sequencer.Publish(0);
        sequencer.Cursor.Should().Be(0);
        sequencer.Next(3).Should().Be(3);
        sequencer.IsAvailable(0).Should().BeTrue();
        sequencer.IsAvailable(1).Should().BeFalse();
    }

    [Fact]
    public void Rejects_sizes_that_are_not_powers_of_two()
    {
        var act = () => new SingleProducerSequencer(6, new BusySpinWaitStrategy());
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("ring size must be a power of two >= 2*");
    }

    [Fact]
    public void TryNext_fails_when_the_ring_is_full_of_unconsumed_events()
    {
        var sequencer = new SingleProducerSequencer(4, new BusySpinWaitStrategy());
        var consumer = new Sequence();
        sequencer.AddGatingSequences(consumer);
        for (var i = 0; i < 4; i++)
        {
            sequencer.TryNext(1, out var s).Should().BeTrue();
            sequencer.Publish(s);
        }

        sequencer.TryNext(1, out _).Should().BeFalse();
        sequencer.RemainingCapacity.Should().Be(0);
        consumer.SetValue(1);
        sequencer.TryNext(1, out var next).Should().BeTrue();
        next.Should().Be(4);
    }

    [Fact]
    public void A_full_ring_makes_the_producer_wait_until_the_consumer_frees_a_slot()
    {
        var sequencer = new SingleProducerSequencer(4, new BusySpinWaitStrategy());
        var consumer = new Sequence();
        sequencer.AddGatingSequences(consumer);
        for (var i = 0; i < 4; i++)
        {
            sequencer.Publish(sequencer.Next());
        }

        long claimed = -1;
        var producer = new Thread(() => claimed = sequencer.Next()) { IsBackground = true };
        producer.Start();
        producer.Join(100).Should().BeFalse("the ring is full");
        Volatile.Read(ref claimed).Should().Be(-1);

        consumer.SetValue(0);
        producer.Join(5000).Should().BeTrue();
        claimed.Should().Be(4);
        sequencer.BlockedWaits.Should().Be(1);
        sequencer.BlockedTicks.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_blocked_producer_resumes_once_an_eighth_of_the_ring_is_free_not_slot_by_slot()
    {
        var sequencer = new SingleProducerSequencer(64, new BusySpinWaitStrategy());
        var consumer = new Sequence();
        sequencer.AddGatingSequences(consumer);
        for (var i = 0; i < 64; i++)
        {
            sequencer.Publish(sequencer.Next());
        }

        long claimed = -1;
        var producer = new Thread(() => claimed = sequencer.Next()) { IsBackground = true };
        producer.Start();
        SpinWait.SpinUntil(() => sequencer.BlockedWaits == 1, 5000).Should().BeTrue("the producer finds the ring full");
        consumer.SetValue(6);   // 7 slots free: the claim fits, but the blocked producer waits for 64 / 8 = 8
        producer.Join(200).Should().BeFalse("the producer resumes only with an eighth of the ring free (it sleeps after 50 µs)");
        Volatile.Read(ref claimed).Should().Be(-1);

        consumer.SetValue(7);
        producer.Join(5000).Should().BeTrue();
        claimed.Should().Be(64);
        sequencer.BlockedWaits.Should().Be(1);
    }

    [Fact]
    public void A_halted_ring_releases_a_waiting_producer_with_an_exception()
    {
        var sequencer = new SingleProducerSequencer(2, new YieldingWaitStrategy());
        sequencer.AddGatingSequences(new Sequence());
        sequencer.Publish(sequencer.Next());
        sequencer.Publish(sequencer.Next());
        Exception? caught = null;
        var producer = new Thread(() =>
        {
            try
            {
                sequencer.Next();
            }
            catch (RingHaltedException ex)
            {
                caught = ex;
            }
        });
        producer.Start();
        producer.Join(50).Should().BeFalse();
        sequencer.Halt();
        producer.Join(5000).Should().BeTrue();
        caught.Should().BeOfType<RingHaltedException>();
    }

    [Fact]
    public void Wrap_around_keeps_every_value_in_order_through_a_small_ring()
    {
        const int events = 10_000;
        var ring = new ValueRingBuffer<TestEvent>(8, ProducerType.Single, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler>(
            "rec", ring, ring.NewBarrier(), new RecordingHandler(), new OperatorFaultLog<TestEvent>());
        ring.AddGatingSequences(processor.Sequence);
        var thread = Wait.Start(processor);
        for (long i = 0; i < events; i++)
        {
            var s = ring.Next();
            ring[s].Value = i * 7;
            ring.Publish(s);
        }

        Wait.Until(() => processor.Sequence.Value == events - 1, "consumer to catch up");
        processor.Halt();
        thread.Join();
        var seen = processor.Handler.Seen;
        seen.Should().HaveCount(events);
        for (var i = 0; i < events; i++)
        {
            seen[i].Value.Should().Be(i * 7L);
            seen[i].Sequence.Should().Be(i);
        }

        ring.Cursor.Should().Be(events - 1);
        (events / ring.BufferSize).Should().BeGreaterThan(1000, "the ring wrapped many times");
    }
}
