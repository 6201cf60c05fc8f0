using NQStream.Core.Ring;

namespace NQStream.Core.Graph;

/// <summary>
/// Declares an operator graph over one ring: each operator names its inputs (other operators, or
/// <see cref="Source"/> for the ring itself). <see cref="Build"/> validates the graph and wires every
/// operator onto a barrier over its inputs, which gives pipelines, diamonds and multicasts.
/// </summary>
/// <typeparam name="T">The event type carried by the ring.</typeparam>
public sealed class OperatorGraphBuilder<T>
    where T : unmanaged
{
    /// <summary>The input name that stands for the ring (events as published).</summary>
    public const string Source = "source";

    private readonly List<OperatorNode<T>> _nodes = [];
    private readonly GraphOptions _options;
    private IOperatorFaultHandler<T>? _faultHandler;

    /// <summary>Creates a builder with <paramref name="options"/> (defaults when null).</summary>
    public OperatorGraphBuilder(GraphOptions? options = null) => _options = options ?? new GraphOptions();

    /// <summary>
    /// Adds an operator. <paramref name="inputs"/> are the operators whose work on an event must finish
    /// before this one sees it; none (or <see cref="Source"/>) means it reads the ring directly.
    /// </summary>
    public OperatorGraphBuilder<T> Add<THandler>(string name, THandler handler, params string[] inputs)
        where THandler : struct, IValueEventHandler<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(inputs);
        _nodes.Add(new OperatorNode<T, THandler>(name, inputs.Length == 0 ? [Source] : [.. inputs], handler));
        return this;
    }

    /// <summary>Adds an operator implemented as a class (see <see cref="ClassHandler{T, TOperator}"/>).</summary>
    public OperatorGraphBuilder<T> AddOperator<TOperator>(string name, TOperator op, params string[] inputs)
        where TOperator : class, IValueEventHandler<T> =>
        Add(name, new ClassHandler<T, TOperator>(op), inputs);

    /// <summary>Uses <paramref name="faultHandler"/> instead of a log built from the options.</summary>
    public OperatorGraphBuilder<T> WithFaultHandler(IOperatorFaultHandler<T> faultHandler)
    {
        _faultHandler = faultHandler ?? throw new ArgumentNullException(nameof(faultHandler));
        return this;
    }

    /// <summary>Validates the graph and creates the ring and processors (not started).</summary>
    /// <exception cref="GraphValidationException">A cycle, a missing input, or a duplicate or reserved name.</exception>
    public OperatorGraph<T> Build()
    {
        var names = new string[_nodes.Count];
        var inputs = new string[_nodes.Count][];
        for (var i = 0; i < _nodes.Count; i++)
        {
            names[i] = _nodes[i].Name;
            inputs[i] = _nodes[i].Inputs;
        }

        var order = GraphValidator.Order(names, inputs);
        var ordered = new OperatorNode<T>[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ordered[i] = _nodes[order[i]];
        }

        var faults = _faultHandler ?? new OperatorFaultLog<T>(_options.DefaultFaultPolicy, _options.FaultLog);
        return new OperatorGraph<T>(_options, ordered, faults);
    }
}
