namespace NQStream.Sinks.Rows;

/// <summary>
/// Receives a row's values column by column, in the table's schema order (<c>ts</c>, symbols, others). Rows
/// call it through a struct generic parameter, so the ILP encoder and the SQLite binder are devirtualised.
/// </summary>
public interface IColumnSink
{
    /// <summary>The designated timestamp (column 0), ns since the Unix epoch.</summary>
    void Timestamp(long ns);

    /// <summary>A symbol column; null = NULL.</summary>
    void Symbol(int column, string? value);

    /// <summary>A text column; null = NULL.</summary>
    void Varchar(int column, string? value);

    /// <summary>An integer column.</summary>
    void Long(int column, long value);

    /// <summary>A double column; NaN = NULL.</summary>
    void Double(int column, double value);

    /// <summary>A boolean column.</summary>
    void Boolean(int column, bool value);
}
