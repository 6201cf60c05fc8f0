using System.Text;
using NQStream.Sinks.Rows;
using SQLitePCL;

namespace NQStream.Sinks.Store;

/// <summary>
/// Binds a row's values straight to a prepared statement through SQLitePCL (by index, no boxing; text is
/// encoded into a reused scratch buffer and copied by SQLite). Parameter i+1 is schema column i.
/// </summary>
internal readonly struct SqliteRowBinder(sqlite3_stmt statement, byte[] scratch) : IColumnSink
{
    public void Timestamp(long ns) => Check(raw.sqlite3_bind_int64(statement, 1, ns));

    public void Symbol(int column, string? value) => Text(column, value);

    public void Varchar(int column, string? value) => Text(column, value);

    public void Long(int column, long value) => Check(raw.sqlite3_bind_int64(statement, column + 1, value));

    public void Double(int column, double value) =>
        Check(double.IsNaN(value) ? raw.sqlite3_bind_null(statement, column + 1) : raw.sqlite3_bind_double(statement, column + 1, value));

    public void Boolean(int column, bool value) => Check(raw.sqlite3_bind_int64(statement, column + 1, value ? 1 : 0));

    private void Text(int column, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, column + 1));
            return;
        }

        if (Encoding.UTF8.GetMaxByteCount(value.Length) <= scratch.Length)
        {
            int n = Encoding.UTF8.GetBytes(value, scratch);
            Check(raw.sqlite3_bind_text(statement, column + 1, scratch.AsSpan(0, n)));
        }
        else
        {
            Check(raw.sqlite3_bind_text(statement, column + 1, value));
        }
    }

    private static void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"sqlite bind failed: {raw.sqlite3_errstr(rc).utf8_to_string()}");
        }
    }
}
