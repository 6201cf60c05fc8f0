using FluentAssertions;
using NQStream.Core.Ring;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Ring;

public class BatchEventProcessorTests
{
    [Fact]
    public void Events_published_before_the_consumer_starts_arrive_as_one_batch_flagged_at_its_end()
    {
        var ring = new ValueRingBuffer<TestEvent>(16, ProducerType.Single, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler>(
            "rec", ring, ring.NewBarrier(), new RecordingHandler(), new OperatorFaultLog<TestEvent>());
        ring.AddGatingSequences(processor.Sequence);
        for (long i = 0; i < 10; i++)
        {
            var s = ring.Next();
            ring[s].Value = i;
            ring.Publish(s);
        }

        var thread = Wait.Start(processor);
        Wait.Until(() => processor.Sequence.Value == 9, "first batch");
        var s2 = ring.Next();
        ring[s2].Value = 10;
        ring.Publish(s2);
        Wait.Until(() => processor.Sequence.Value == 10, "second batch");
        processor.Halt();
        thread.Join();

        var flags = processor.Handler.Seen.Select(x => x.EndOfBatch).ToArray();
        flags.Should().Equal(false, false, false, false, false, false, false, false, false, true, true);
        processor.Counters.Batches.Should().Be(2);
        processor.Counters.EventsIn.Should().Be(11);
    }

    [Theory]
    [InlineData("busy-spin")]
    [InlineData("yielding")]
    [InlineData("sleeping")]
    [InlineData("blocking")]
    public void Every_wait_strategy_delivers_every_event(string strategy)
    {
        const long events = 20_000;
        var ring = new ValueRingBuffer<TestEvent>(256, ProducerType.Single, WaitStrategies.Create(strategy));
        var processor = new BatchEventProcessor<TestEvent, SumHandler>(
            "sum", ring, ring.NewBarrier(), default, new OperatorFaultLog<TestEvent>());
        ring.AddGatingSequences(processor.Sequence);
        var thread = Wait.Start(processor);
        for (long i = 0; i < events; i++)
        {
            ring.PublishEvent(new TestEvent { Value = i });
        }

        Wait.Until(() => processor.Sequence.Value == events - 1, "drain");
        processor.Halt();
        thread.Join(5000).Should().BeTrue("halt wakes the " + strategy + " strategy");
        processor.Handler.Sum.Should().Be(Expected.SumTo(events));
        processor.Handler.Count.Should().Be(events);
    }

    [Fact]
    public void Skip_policy_logs_counts_and_continues_after_a_throwing_event()
    {
        var log = new StringWriter();
        var faults = new OperatorFaultLog<TestEvent>(FaultPolicy.Skip, log);
        var ring = new ValueRingBuffer<TestEvent>(64, ProducerType.Single, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, ThrowingHandler>("thrower", ring, ring.NewBarrier(), new ThrowingHandler(10), faults);
        ring.AddGatingSequences(processor.Sequence);
        var thread = Wait.Start(processor);
        for (long i = 1; i <= 100; i++)
        {
            ring.PublishEvent(new TestEvent { Value = i });
        }

        Wait.Until(() => processor.Sequence.Value == 99, "drain");
        processor.Halt();
        thread.Join();

        processor.Handler.Sum.Should().Be(Enumerable.Range(1, 100).Where(v => v % 10 != 0).Sum());
        processor.Counters.Faults.Should().Be(10);
        faults.Total.Should().Be(10);
        faults.CountFor("thrower").Should().Be(10);
        var first = faults.Recent()[0];
        first.OperatorName.Should().Be("thrower");
        first.Sequence.Should().Be(9);
        first.Event.Value.Should().Be(10);
        first.Exception.Message.Should().Be("bad value 10");
        first.Policy.Should().Be(FaultPolicy.Skip);
        log.ToString().Split('\n')[0].Should().Be(
            "operator 'thrower' threw on sequence 9: InvalidOperationException: bad value 10 | event TestEvent(Value=10, Key=0, ts=0) | policy Skip");
    }

    [Fact]
    public void Halt_policy_stops_the_processor_before_the_faulting_event()
    {
        var faults = new OperatorFaultLog<TestEvent>(FaultPolicy.Halt);
        var ring = new ValueRingBuffer<TestEvent>(64, ProducerType.Single, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, ThrowingHandler>("thrower", ring, ring.NewBarrier(), new ThrowingHandler(10), faults);
        ring.AddGatingSequences(processor.Sequence);
        Exception? halted = null;
        processor.Halted += (_, ex) => halted = ex;
        for (long i = 1; i <= 30; i++)
        {
            ring.PublishEvent(new TestEvent { Value = i });
        }

        var thread = Wait.Start(processor);
        thread.Join(5000).Should().BeTrue("the processor stops on its own after the fault");
        processor.Sequence.Value.Should().Be(8, "events 1..9 were handled; 10 (sequence 9) faulted");
        processor.Handler.Sum.Should().Be(45);
        halted.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("bad value 10");
        processor.HaltedBy.Should().BeSameAs(halted);
        faults.Total.Should().Be(1);
    }
}
