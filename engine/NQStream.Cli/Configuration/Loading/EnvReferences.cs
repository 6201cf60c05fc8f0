using System.Text;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// Resolves <c>${NAME}</c> and <c>${NAME:-default}</c> inside a scalar (anywhere in the text, any number of
/// times); <c>$${</c> is a literal <c>${</c>. A variable that is set to the empty string counts as set.
/// </summary>
internal static class EnvReferences
{
    public const string Syntax = "${NAME} or ${NAME:-default}";

    /// <summary>Returns the resolved text, or null when a variable is missing or a reference is malformed.</summary>
    public static string? Resolve(string text, Func<string, string?> env, List<string> missing, out bool malformed)
    {
        malformed = false;
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "$${", 0, 3) == 0)
            {
                sb.Append("${");
                i += 3;
                continue;
            }

            if (string.CompareOrdinal(text, i, "${", 0, 2) != 0)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 2);
            if (close < 0)
            {
                malformed = true;
                return null;
            }

            var body = text[(i + 2)..close];
            var sep = body.IndexOf(":-", StringComparison.Ordinal);
            var name = sep < 0 ? body : body[..sep];
            if (!IsName(name))
            {
                malformed = true;
                return null;
            }

            var value = env(name) ?? (sep < 0 ? null : body[(sep + 2)..]);
            if (value is null)
            {
                missing.Add(name);
            }
            else
            {
                sb.Append(value);
            }

            i = close + 1;
        }

        return missing.Count > 0 ? null : sb.ToString();
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
