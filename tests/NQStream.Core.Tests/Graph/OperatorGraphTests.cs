using FluentAssertions;
using NQStream.Core.Graph;
using NQStream.Core.Ring;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Graph;

public class OperatorGraphTests
{
    private const long Events = 100_000;

    [Fact]
    public void A_three_stage_pipeline_sees_every_upstream_write()
    {
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 256 })
            .Add("one", new StageOne())
            .Add("two", new StageTwo(), "one")
            .Add("three", new StageThree(), "two")
            .Build();
        Run(graph);
        graph.Handler<StageTwo>("two").Violations.Should().Be(0);
        graph.Handler<StageThree>("three").Violations.Should().Be(0);
        graph.Handler<StageThree>("three").Sum.Should().Be(3 * (Expected.SumTo(Events) + Events));
    }

    [Fact]
    public void A_diamond_join_runs_only_after_both_branches()
    {
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 128 })
            .Add("a", new DoubleIntoA())
            .Add("b", new QuintupleIntoB())
            .Add("join", new JoinAB(), "a", "b")
            .Build();
        Run(graph);
        graph.Handler<JoinAB>("join").Violations.Should().Be(0);
        graph.Handler<JoinAB>("join").Sum.Should().Be(7 * Expected.SumTo(Events));
    }

    [Fact]
    public void A_multicast_delivers_every_event_to_every_consumer()
    {
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 128 })
            .Add("c1", new SumHandler())
            .Add("c2", new SumHandler())
            .Add("c3", new SumHandler())
            .Build();
        Run(graph);
        foreach (var name in new[] { "c1", "c2", "c3" })
        {
            graph.Handler<SumHandler>(name).Sum.Should().Be(Expected.SumTo(Events));
            graph.Processor(name).Counters.EventsIn.Should().Be(Events);
        }
    }

    [Fact]
    public void Shutdown_drains_everything_published_before_stopping()
    {
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 1024, WaitStrategy = new SleepingWaitStrategy() })
            .Add("slow", new SumHandler())
            .Build();
        graph.Start();
        for (long i = 0; i < Events; i++)
        {
            graph.Ring.PublishEvent(new TestEvent { Value = i });
        }

        graph.Shutdown(TimeSpan.FromSeconds(20)).Should().BeTrue();
        graph.Handler<SumHandler>("slow").Count.Should().Be(Events);
        graph.Completion.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public void Skip_policy_keeps_the_graph_running_and_downstream_still_sees_the_event()
    {
        var faults = new OperatorFaultLog<TestEvent>(FaultPolicy.Skip);
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 64 })
            .Add("thrower", new ThrowingHandler(1000))
            .Add("after", new SumHandler(), "thrower")
            .WithFaultHandler(faults)
            .Build();
        Run(graph);
        faults.CountFor("thrower").Should().Be(Events / 1000);
        graph.Processor("thrower").Counters.Faults.Should().Be(Events / 1000);
        graph.Handler<SumHandler>("after").Count.Should().Be(Events);
        graph.IsHalted.Should().BeFalse();
    }

    [Fact]
    public async Task Halt_policy_stops_the_graph_faults_completion_and_releases_the_producer()
    {
        var faults = new OperatorFaultLog<TestEvent>(FaultPolicy.Skip).WithPolicy("thrower", FaultPolicy.Halt);
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 16 })
            .Add("thrower", new ThrowingHandler(50))
            .Add("after", new SumHandler(), "thrower")
            .WithFaultHandler(faults)
            .Build();
        graph.Start();
        var publish = () =>
        {
            for (long i = 1; i < Events; i++)
            {
                graph.Ring.PublishEvent(new TestEvent { Value = i });
            }
        };
        publish.Should().Throw<RingHaltedException>();
        var completion = async () => await graph.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        (await completion.Should().ThrowAsync<OperatorFaultedException>()).Which.OperatorName.Should().Be("thrower");
        faults.CountFor("thrower").Should().Be(1);
    }

    [Fact]
    public async Task A_halted_graph_reports_the_operator_and_sequence()
    {
        var faults = new OperatorFaultLog<TestEvent>(FaultPolicy.Halt);
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 16 })
            .Add("thrower", new ThrowingHandler(5))
            .Add("after", new SumHandler(), "thrower")
            .WithFaultHandler(faults)
            .Build();
        graph.Start();
        for (long i = 1; i <= 8; i++)
        {
            graph.Ring.PublishEvent(new TestEvent { Value = i });
        }

        var act = async () => await graph.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        (await act.Should().ThrowAsync<OperatorFaultedException>())
            .Which.Message.Should().Be("operator 'thrower' halted the graph at sequence 4: bad value 5");
        graph.IsHalted.Should().BeTrue();
        graph.Handler<SumHandler>("after").Sum.Should().Be(1 + 2 + 3 + 4, "downstream never sees the faulting event or anything after it");
        graph.Shutdown(TimeSpan.FromSeconds(1)).Should().BeFalse();
    }

    private static void Run(OperatorGraph<TestEvent> graph)
    {
        graph.Start();
        for (long i = 0; i < Events; i++)
        {
            var s = graph.Ring.Next();
            ref var e = ref graph.Ring[s];
            e.Value = i;
            e.A = -1;
            e.B = -1;
            graph.Ring.Publish(s);
        }

        graph.Shutdown(TimeSpan.FromSeconds(20)).Should().BeTrue();
    }
}
