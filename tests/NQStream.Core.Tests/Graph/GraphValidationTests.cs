using FluentAssertions;
using NQStream.Core.Graph;
using NQStream.Core.Tests.Support;
using Xunit;

namespace NQStream.Core.Tests.Graph;

public class GraphValidationTests
{
    [Fact]
    public void A_cycle_is_reported_in_data_flow_order_from_the_first_declared_operator()
    {
        var builder = new OperatorGraphBuilder<TestEvent>()
            .Add("a", new SumHandler(), "c")
            .Add("b", new SumHandler(), "a")
            .Add("c", new SumHandler(), "b");
        builder.Invoking(b => b.Build()).Should().Throw<GraphValidationException>()
            .Which.Message.Should().Be("cycle in operator graph: a -> b -> c -> a");
    }

    [Fact]
    public void A_self_loop_is_a_cycle()
    {
        var builder = new OperatorGraphBuilder<TestEvent>().Add("x", new SumHandler(), "source").Add("loop", new SumHandler(), "x", "loop");
        builder.Invoking(b => b.Build()).Should().Throw<GraphValidationException>()
            .Which.Message.Should().Be("cycle in operator graph: loop -> loop");
    }

    [Fact]
    public void A_missing_input_is_named()
    {
        var builder = new OperatorGraphBuilder<TestEvent>().Add("books", new SumHandler()).Add("ofi", new SumHandler(), "book");
        builder.Invoking(b => b.Build()).Should().Throw<GraphValidationException>()
            .Which.Message.Should().Be("operator 'ofi' names input 'book', which does not exist");
    }

    [Fact]
    public void Duplicate_reserved_and_empty_graphs_are_rejected()
    {
        new OperatorGraphBuilder<TestEvent>().Add("a", new SumHandler()).Add("a", new SumHandler())
            .Invoking(b => b.Build()).Should().Throw<GraphValidationException>().Which.Message.Should().Be("operator 'a' is declared twice");
        new OperatorGraphBuilder<TestEvent>().Add("source", new SumHandler())
            .Invoking(b => b.Build()).Should().Throw<GraphValidationException>().Which.Message.Should().Be("operator name 'source' is reserved for the ring input");
        new OperatorGraphBuilder<TestEvent>()
            .Invoking(b => b.Build()).Should().Throw<GraphValidationException>().Which.Message.Should().Be("operator graph has no operators");
    }

    [Fact]
    public void Operators_are_wired_after_their_inputs_whatever_the_declaration_order()
    {
        using var graph = new OperatorGraphBuilder<TestEvent>(new GraphOptions { BufferSize = 8 })
            .Add("join", new JoinAB(), "left", "right")
            .Add("right", new QuintupleIntoB(), "source")
            .Add("left", new DoubleIntoA())
            .Build();
        graph.Order.Should().Equal("right", "left", "join");
    }
}
