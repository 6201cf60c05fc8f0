using System.Threading.Tasks.Dataflow;
using FluentAssertions;
using NQStream.Core.Edges;
using NQStream.Core.Graph;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Edges;

public sealed class DataflowSinkEdgeTests : IDisposable
{
    private readonly string _spillDir = NQStream.TestSupport.RepoPaths.NewTempDir("nqstream-spill");
    private readonly SemaphoreSlim _gate = new(0);
    private readonly List<long> _received = [];

    public void Dispose()
    {
        _gate.Dispose();
        Directory.Delete(_spillDir, recursive: true);
    }

    [Fact]
    public async Task Drop_and_count_accounts_for_every_item_and_reports_the_drops()
    {
        var log = new StringWriter();
        using var edge = new DataflowSinkEdge<long>("drops", GatedBlock(capacity: 4), SinkOverflowPolicy.DropAndCount, log: log);
        for (long i = 0; i < 100; i++)
        {
            edge.Emit(i);
        }

        _gate.Release(1000);
        edge.Complete();
        await edge.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        edge.Dropped.Should().BeGreaterThan(0);
        (edge.Delivered + edge.Dropped).Should().Be(100);
        _received.Should().HaveCount((int)edge.Delivered).And.BeInAscendingOrder();
        log.ToString().Should().Contain($"sink 'drops' is full: dropped 64 items so far (policy DropAndCount)");
    }

    [Fact]
    public async Task Spill_to_disk_delivers_everything_in_order_once_the_sink_catches_up()
    {
        using var edge = new DataflowSinkEdge<long>("spill", GatedBlock(capacity: 4), SinkOverflowPolicy.SpillToDisk, _spillDir);
        for (long i = 0; i < 100; i++)
        {
            edge.Emit(i);
        }

        edge.Spilled.Should().BeGreaterThan(80);
        edge.Pending.Should().Be(edge.Spilled - 0);
        Directory.GetFiles(_spillDir).Should().ContainSingle().Which.Should().EndWith(".spill");

        _gate.Release(1000);
        edge.Complete();
        await edge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        _received.Should().Equal(Enumerable.Range(0, 100).Select(i => (long)i));
        edge.Dropped.Should().Be(0);
        edge.Pending.Should().Be(0);
        edge.Delivered.Should().Be(100);
        edge.Dispose();
        Directory.GetFiles(_spillDir).Should().BeEmpty();
    }

    [Fact]
    public async Task Spilled_items_are_replayed_before_new_items_while_emitting()
    {
        using var edge = new DataflowSinkEdge<long>("interleave", GatedBlock(capacity: 2), SinkOverflowPolicy.SpillToDisk, _spillDir);
        for (long i = 0; i < 10; i++)
        {
            edge.Emit(i);
        }

        _gate.Release(1000);
        await Task.Run(() => Wait.Until(() => _received.Count >= 2, "first items"));
        for (long i = 10; i < 20; i++)
        {
            edge.Emit(i);
        }

        edge.Complete();
        await edge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        _received.Should().Equal(Enumerable.Range(0, 20).Select(i => (long)i));
    }

    [Fact]
    public async Task A_slow_blocking_sink_backs_up_into_the_ring_and_stalls_the_producer_without_losing_anything()
    {
        const long events = 200;
        using var edge = new DataflowSinkEdge<TestEvent>("slow", GatedEventBlock(capacity: 2), SinkOverflowPolicy.Block);
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 8 })
            .Add("out", new OutputHandler<TestEvent>(edge))
            .Build();
        graph.Start();
        var producer = Task.Run(() =>
        {
            for (long i = 0; i < events; i++)
            {
                graph.Ring.PublishEvent(new TestEvent { Value = i });
            }
        });

        await Task.Run(() => Wait.Until(() => graph.Ring.Sequencer.BlockedWaits > 0, "producer to hit a full ring"));
        producer.IsCompleted.Should().BeFalse();
        graph.Ring.Cursor.Should().BeLessThan(8 + 2 + 2, "ring (8) + block buffer (2) + one item in hand bound what was accepted");

        _gate.Release(10_000);
        await producer.WaitAsync(TimeSpan.FromSeconds(10));
        graph.Shutdown(TimeSpan.FromSeconds(10)).Should().BeTrue();
        await edge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        _received.Should().Equal(Enumerable.Range(0, (int)events).Select(i => (long)i));
        edge.BlockedTime.Should().BeGreaterThan(TimeSpan.Zero);
        edge.Dropped.Should().Be(0);
    }

    private ActionBlock<long> GatedBlock(int capacity) =>
        new(
            v =>
            {
                _gate.Wait();
                _received.Add(v);
            },
            new ExecutionDataflowBlockOptions { BoundedCapacity = capacity, SingleProducerConstrained = true });

    private ActionBlock<TestEvent> GatedEventBlock(int capacity) =>
        new(
            e =>
            {
                _gate.Wait();
                _received.Add(e.Value);
            },
            new ExecutionDataflowBlockOptions { BoundedCapacity = capacity, SingleProducerConstrained = true });
}
