using System.Text;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Table and column name rules shared by every official client (docs/ops.md §1.3): forbidden characters are
/// rejected, never escaped. Messages match the Node.js client (<c>Invalid character in table name: ,</c>).
/// </summary>
public static class IlpNames
{
    /// <summary>Default client-side limit on a name's UTF-8 length.</summary>
    public const int DefaultMaxNameLength = 127;

    /// <summary>Returns null when <paramref name="name"/> is a valid table name, else the reason.</summary>
    public static string? CheckTable(ReadOnlySpan<char> name, int maxLength = DefaultMaxNameLength)
    {
        if (name.IsEmpty)
        {
            return "Empty string is not allowed as table name";
        }

        if (Encoding.UTF8.GetByteCount(name) > maxLength)
        {
            return $"Table name is too long, max length is {maxLength}";
        }

        for (int i = 0; i < name.Length; i++)
        {
            char ch = name[i];
            if (ch == '.')
            {
                // A single inner dot is allowed ('file.csv'); leading/trailing dots and '..' are not.
                if (i == 0 || i == name.Length - 1 || name[i - 1] == '.')
                {
                    return "Table name cannot start or end with a dot, and only a single dot allowed";
                }
            }
            else if (IsForbiddenInAnyName(ch))
            {
                return "Invalid character in table name: " + Printable(ch);
            }
        }

        return null;
    }

    /// <summary>Returns null when <paramref name="name"/> is a valid column or symbol name, else the reason.</summary>
    public static string? CheckColumn(ReadOnlySpan<char> name, int maxLength = DefaultMaxNameLength)
    {
        if (name.IsEmpty)
        {
            return "Empty string is not allowed as column name";
        }

        if (Encoding.UTF8.GetByteCount(name) > maxLength)
        {
            return $"Column name is too long, max length is {maxLength}";
        }

        foreach (char ch in name)
        {
            if (ch is '.' or '-' || IsForbiddenInAnyName(ch))
            {
                return "Invalid character in column name: " + Printable(ch);
            }
        }

        return null;
    }

    private static bool IsForbiddenInAnyName(char ch) => ch switch
    {
        '?' or ',' or '\'' or '"' or '\\' or '/' or ':' or '(' or ')' or '+' or '*' or '%' or '~' => true,
        '\u007f' or '\ufeff' => true,
        _ => ch <= '\u000f',
    };

    private static string Printable(char ch) => ch switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when ch < ' ' || ch == '\u007f' || ch == '\ufeff' => $"U+{(int)ch:X4}",
        _ => ch.ToString(),
    };
}
