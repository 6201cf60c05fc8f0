using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;

namespace NQStream.Sinks.Store;

/// <summary>Binds a row's values to a prepared INSERT's parameters (<c>$p0…</c>, schema order).</summary>
internal readonly struct SqliteRowBinder(SqliteParameter[] parameters) : IColumnSink
{
    public void Timestamp(long ns) => parameters[0].Value = ns;

    public void Symbol(int column, string? value) => parameters[column].Value = (object?)value ?? DBNull.Value;

    public void Varchar(int column, string? value) => parameters[column].Value = (object?)value ?? DBNull.Value;

    public void Long(int column, long value) => parameters[column].Value = value;

    public void Double(int column, double value) => parameters[column].Value = double.IsNaN(value) ? DBNull.Value : value;

    public void Boolean(int column, bool value) => parameters[column].Value = value ? 1L : 0L;
}
