using System.Text;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// A table or column name validated once and stored as its escaped UTF-8 bytes, so the per-row encode path
/// only copies bytes. Build these from the schema at start-up; the span overloads of <see cref="IlpBuffer"/>
/// validate and escape on every call instead.
/// </summary>
public sealed class IlpName
{
    private IlpName(string text, byte[] escaped)
    {
        Text = text;
        Escaped = escaped;
        EscapedAssign = [.. escaped, (byte)'='];
    }

    /// <summary>The name as given.</summary>
    public string Text { get; }

    /// <summary>The escaped UTF-8 bytes written on the wire.</summary>
    internal byte[] Escaped { get; }

    /// <summary>The escaped name followed by <c>=</c>: one copy per column on the encode path.</summary>
    internal byte[] EscapedAssign { get; }

    /// <summary>Validates a table name (docs/ops.md §1.3); throws <see cref="IlpException"/> when invalid.</summary>
    public static IlpName Table(string name, int maxLength = IlpNames.DefaultMaxNameLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? error = IlpNames.CheckTable(name, maxLength);
        return error is null ? new IlpName(name, Escape(name)) : throw new IlpException(error);
    }

    /// <summary>Validates a column or symbol name (docs/ops.md §1.3); throws <see cref="IlpException"/> when invalid.</summary>
    public static IlpName Column(string name, int maxLength = IlpNames.DefaultMaxNameLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? error = IlpNames.CheckColumn(name, maxLength);
        return error is null ? new IlpName(name, Escape(name)) : throw new IlpException(error);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static byte[] Escape(string name)
    {
        var bytes = new byte[(Encoding.UTF8.GetByteCount(name) * 2) + 4];
        int n = IlpEscape.Write(bytes, name, IlpEscape.Mode.Name);
        return bytes.AsSpan(0, n).ToArray();
    }
}
