using System.Globalization;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;

namespace NQStream.Sinks.Store;

/// <summary>The prepared upsert for one table and its parameters.</summary>
internal sealed class SqliteInsert : IDisposable
{
    private readonly SqliteParameter[] _parameters;

    public SqliteInsert(SqliteConnection connection, TableSchema table)
    {
        Command = connection.CreateCommand();
        Command.CommandText = SqliteDdl.Insert(table);
        _parameters = new SqliteParameter[table.Columns.Count];
        for (int i = 0; i < _parameters.Length; i++)
        {
            _parameters[i] = Command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        Command.Prepare();
    }

    public SqliteCommand Command { get; }

    public void Execute(SinkRow row)
    {
        var binder = new SqliteRowBinder(_parameters);
        row.WriteTo(ref binder);
        Command.ExecuteNonQuery();
    }

    public void Dispose() => Command.Dispose();
}
