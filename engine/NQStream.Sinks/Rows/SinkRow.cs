using NQStream.Sinks.Store;

namespace NQStream.Sinks.Rows;

/// <summary>
/// A row for the sinks: immutable, with its table and a visitor that hands its values over in schema order.
/// The Signal type of the operators (issue 7) maps onto <see cref="SignalRow"/>; sinks never see operator types.
/// </summary>
public abstract record SinkRow
{
    /// <summary>Event time in ns since the Unix epoch (the <c>ts</c> column).</summary>
    public required long Ts { get; init; }

    /// <summary>The table this row belongs to.</summary>
    public abstract TableSchema Table { get; }

    /// <summary>Hands every column value to <paramref name="sink"/>, in schema order.</summary>
    public abstract void WriteTo<TSink>(ref TSink sink)
        where TSink : struct, IColumnSink;
}
