using NQStream.Sinks.Rows;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Encodes a <see cref="SinkRow"/> into an <see cref="IlpBuffer"/> using the schema's pre-validated names:
/// symbols as tags, the rest as columns, <c>ts</c> as the designated timestamp. NULLs (null text, NaN) are
/// omitted, which QuestDB stores as NULL and InfluxDB accepts. No allocation per row.
/// </summary>
public static class IlpRowWriter
{
    /// <summary>Appends one row.</summary>
    public static void Append(IlpBuffer buffer, SinkRow row)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(row);
        var table = row.Table;
        buffer.Table(table.IlpName);
        var sink = new Sink(buffer, table.IlpColumnNames);
        row.WriteTo(ref sink);
        buffer.At(sink.Ts);
    }

    private struct Sink(IlpBuffer buffer, IlpName[] names) : IColumnSink
    {
        public long Ts;

        public void Timestamp(long ns) => Ts = ns;

        public readonly void Symbol(int column, string? value)
        {
            if (value is not null)
            {
                buffer.Symbol(names[column], value);
            }
        }

        public readonly void Varchar(int column, string? value)
        {
            if (value is not null)
            {
                buffer.StringColumn(names[column], value);
            }
        }

        public readonly void Long(int column, long value) => buffer.IntColumn(names[column], value);

        public readonly void Double(int column, double value)
        {
            if (!double.IsNaN(value))
            {
                buffer.FloatColumn(names[column], value);
            }
        }

        public readonly void Boolean(int column, bool value) => buffer.BoolColumn(names[column], value);
    }
}
