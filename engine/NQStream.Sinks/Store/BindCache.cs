namespace NQStream.Sinks.Store;

/// <summary>
/// What each parameter of one prepared statement is bound to now. SQLite keeps bindings across
/// <c>sqlite3_reset</c>, so a value equal to the previous row's (the window label, a NULL column, the shared window
/// end, volumes of 0) need not be bound again: a window row then crosses into SQLite 4-6 times instead of 12.
/// </summary>
internal sealed class BindCache(int parameters)
{
    public const byte Unknown = 0;
    public const byte Null = 1;
    public const byte Integer = 2;
    public const byte Real = 3;
    public const byte Text = 4;

    /// <summary>Kind bound per parameter index (0-based column).</summary>
    public readonly byte[] Kinds = new byte[parameters];

    /// <summary>The integer, or the double's bits, bound per parameter.</summary>
    public readonly long[] Values = new long[parameters];

    /// <summary>The string bound per parameter.</summary>
    public readonly string?[] Texts = new string?[parameters];

    /// <summary>Forgets every binding (after an error the statement's state is not trusted).</summary>
    public void Clear() => Array.Clear(Kinds);
}
