using FluentAssertions;
using NQStream.Core.Edges;
using NQStream.Core.Graph;
using NQStream.Core.Tests.Support;
using NQStream.Core.Time;
using Xunit;

namespace NQStream.Core.Tests.Graph;

public class DeterminismTests
{
    [Fact]
    public void Replaying_the_same_input_twice_gives_identical_outputs()
    {
        var input = GenerateInput(seed: 7, count: 50_000);
        var first = Replay(input);
        var second = Replay(input);

        first.Windows.Should().NotBeEmpty();
        first.Late.Should().NotBeEmpty("the input has out-of-order events beyond the lateness");
        second.Windows.Should().Equal(first.Windows);
        second.Late.Should().Equal(first.Late);
        first.Windows.Sum(w => w.Count).Should().Be(4L * (input.Length - first.Late.Count), "every applied event is in 4 sliding windows");
    }

    private static TestEvent[] GenerateInput(int seed, int count)
    {
        var rng = new Random(seed);
        var events = new TestEvent[count];
        long time = 1_000_000;
        for (var i = 0; i < count; i++)
        {
            time += rng.Next(0, 1_000);
            var jitter = rng.Next(0, 20) == 0 ? rng.Next(0, 30_000) : 0;
            events[i] = new TestEvent { Value = rng.Next(1, 100), Key = rng.Next(0, 8), EventTime = time - jitter };
        }

        return events;
    }

    private static (List<WindowResult<long>> Windows, List<long> Late) Replay(TestEvent[] input)
    {
        var windows = new CollectingOutput<WindowResult<long>>();
        var late = new CollectingOutput<TestEvent>();
        var op = new KeyedWindowOperator<TestEvent, ByKey, SumOfB, long>(
            "win", WindowSpec.Sliding(100_000, 25_000), new WatermarkOptions { AllowedLatenessNanos = 10_000 }, windows, late);
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 1024 })
            .Add("one", new StageOne())
            .Add("two", new StageTwo(), "one")
            .AddOperator("win", op, "two")
            .Build();
        graph.Start();
        foreach (var e in input)
        {
            graph.Ring.PublishEvent(e);
        }

        graph.Shutdown(TimeSpan.FromSeconds(20)).Should().BeTrue();
        return ([.. windows.Items], [.. late.Items.Select(e => e.Value)]);
    }

    private struct SumOfB : IWindowAggregate<TestEvent, long>
    {
        public readonly void Add(ref long accumulator, in TestEvent evt) => accumulator += evt.B;
    }
}
