using System.Text;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// A table or column name validated once and stored as its escaped UTF-8 bytes, so the per-row encode path
/// only copies bytes. Build these from the schema at start-up; the span overloads of <see cref="IlpBuffer"/>
/// validate and escape on every call instead.
/// </summary>
public sealed class IlpName
{
    /// <summary>Size of <see cref="Padded"/> when the wire form fits: one fixed-size (vector) copy per use.</summary>
    internal const int PaddedSize = 32;

    private IlpName(string text, byte[] escaped)
    {
        Text = text;
        Escaped = escaped;
        EscapedAssign = [.. escaped, (byte)'='];

        // Column/symbol form ",name=" and table form "name", zero-padded to PaddedSize: the encoder copies all
        // PaddedSize bytes at once (it reserves the room), then advances by the real length; the padding is
        // overwritten by what follows. Longer names keep the exact arrays and a length-sized copy.
        byte[] prefixed = [(byte)',', .. EscapedAssign];
        PrefixedAssign = prefixed.Length <= PaddedSize ? Pad(prefixed) : prefixed;
        PrefixedAssignLength = prefixed.Length;
        Padded = escaped.Length <= PaddedSize ? Pad(escaped) : escaped;
    }

    /// <summary>The name as given.</summary>
    public string Text { get; }

    /// <summary>The escaped UTF-8 bytes written on the wire.</summary>
    internal byte[] Escaped { get; }

    /// <summary>The escaped name followed by <c>=</c>.</summary>
    internal byte[] EscapedAssign { get; }

    /// <summary><c>,name=</c>, zero-padded to <see cref="PaddedSize"/> when it fits (see <see cref="PrefixedAssignLength"/>).</summary>
    internal byte[] PrefixedAssign { get; }

    /// <summary>Real length of <see cref="PrefixedAssign"/>.</summary>
    internal int PrefixedAssignLength { get; }

    /// <summary><see cref="Escaped"/>, zero-padded to <see cref="PaddedSize"/> when it fits.</summary>
    internal byte[] Padded { get; }

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

    private static byte[] Pad(byte[] bytes)
    {
        var padded = new byte[PaddedSize];
        bytes.CopyTo(padded, 0);
        return padded;
    }

    private static byte[] Escape(string name)
    {
        var bytes = new byte[(Encoding.UTF8.GetByteCount(name) * 2) + 4];
        int n = IlpEscape.Write(bytes, name, IlpEscape.Mode.Name);
        return bytes.AsSpan(0, n).ToArray();
    }
}
