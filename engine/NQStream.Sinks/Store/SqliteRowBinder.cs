using System.Text;
using NQStream.Sinks.Rows;
using SQLitePCL;

namespace NQStream.Sinks.Store;

/// <summary>
/// Binds a row's values straight to a prepared statement through SQLitePCL (by index, no boxing; text is
/// encoded into a reused scratch buffer and copied by SQLite). Parameter i+1 is schema column i. A value equal to
/// what the parameter is already bound to is skipped (<see cref="BindCache"/>).
/// </summary>
internal readonly struct SqliteRowBinder(sqlite3_stmt statement, byte[] scratch, BindCache cache) : IColumnSink
{
    public void Timestamp(long ns) => Long(0, ns);

    public void Symbol(int column, string? value) => Text(column, value);

    public void Varchar(int column, string? value) => Text(column, value);

    public void Long(int column, long value)
    {
        if (cache.Kinds[column] == BindCache.Integer && cache.Values[column] == value)
        {
            return;
        }

        Check(raw.sqlite3_bind_int64(statement, column + 1, value));
        cache.Kinds[column] = BindCache.Integer;
        cache.Values[column] = value;
    }

    public void Double(int column, double value)
    {
        if (double.IsNaN(value))
        {
            BindNull(column);
            return;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        if (cache.Kinds[column] == BindCache.Real && cache.Values[column] == bits)
        {
            return;
        }

        Check(raw.sqlite3_bind_double(statement, column + 1, value));
        cache.Kinds[column] = BindCache.Real;
        cache.Values[column] = bits;
    }

    public void Boolean(int column, bool value) => Long(column, value ? 1 : 0);

    private void Text(int column, string? value)
    {
        if (value is null)
        {
            BindNull(column);
            return;
        }

        if (cache.Kinds[column] == BindCache.Text && string.Equals(cache.Texts[column], value, StringComparison.Ordinal))
        {
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

        cache.Kinds[column] = BindCache.Text;
        cache.Texts[column] = value;
    }

    private void BindNull(int column)
    {
        if (cache.Kinds[column] == BindCache.Null)
        {
            return;
        }

        Check(raw.sqlite3_bind_null(statement, column + 1));
        cache.Kinds[column] = BindCache.Null;
        cache.Texts[column] = null;
    }

    private static void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"binding a value failed: {raw.sqlite3_errstr(rc).utf8_to_string()}");
        }
    }
}
