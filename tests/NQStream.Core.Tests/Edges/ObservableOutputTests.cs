using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using FluentAssertions;
using NQStream.Core.Edges;
using NQStream.Core.Graph;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Edges;

public class ObservableOutputTests
{
    [Fact]
    public async Task Graph_events_reach_an_Rx_observer_in_order_and_complete_at_shutdown()
    {
        using var output = new ObservableOutput<TestEvent>();
        var collected = output.Select(e => e.B).ToList().ToTask();
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 64 })
            .Add("one", new StageOne())
            .Add("two", new StageTwo(), "one")
            .Add("rx", new OutputHandler<TestEvent>(output), "two")
            .Build();
        graph.Start();
        for (long i = 0; i < 1000; i++)
        {
            graph.Ring.PublishEvent(new TestEvent { Value = i });
        }

        graph.Shutdown(TimeSpan.FromSeconds(10)).Should().BeTrue();
        var values = await collected.WaitAsync(TimeSpan.FromSeconds(5));
        values.Should().Equal(Enumerable.Range(0, 1000).Select(i => 3L * (i + 1)));
        output.Emitted.Should().Be(1000);
    }
}
